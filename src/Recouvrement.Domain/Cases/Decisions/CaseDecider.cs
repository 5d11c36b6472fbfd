using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.Result;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Escalation;
using Recouvrement.Internal;
using Recouvrement.Plans;
using Recouvrement.Reasons;

namespace Recouvrement.Cases;

/// <summary>
/// Decides what to do on a collection case as of a date, from its events, the account statement and the ladder: the
/// step due (at most one a day), the steps passed over and why, and what the case waits for — a dispute (for the
/// disputed items only), a promise until its date plus grace, a kept plan, the formal notice's response period,
/// insolvency proceedings, the contact-pressure limit, missing contact data.
/// </summary>
/// <remarks>
/// A decision is the policy's <see cref="CasePolicy.Rules"/> applied in turn, each with one concern
/// (<see cref="CaseRules"/>). Deciding records nothing: the host records what it did with
/// <see cref="CaseAction.ToEvent"/>, so a step taken is never decided again and deciding twice on the same data gives
/// the same decision. Steps are matched to the case's events by name. This type is immutable and thread-safe.
/// </remarks>
public sealed class CaseDecider
{
    private readonly CaseRule[] rules;

    private CaseDecider(CasePolicy policy)
    {
        Policy = policy;
        rules = [.. policy.Rules];
    }

    /// <summary>Gets a decider with the default <see cref="CasePolicy"/>.</summary>
    public static CaseDecider Default { get; } = new(new CasePolicy());

    /// <summary>Gets the policy.</summary>
    public CasePolicy Policy { get; }

    /// <summary>Creates a decider.</summary>
    /// <param name="policy">The policy; the defaults when null.</param>
    /// <returns>The decider, or an invalid result naming every bad setting.</returns>
    public static Result<CaseDecider> Create(CasePolicy? policy)
    {
        var p = policy ?? new CasePolicy();
        var errors = new ValidationErrors();
        CheckNotNegative(nameof(p.PromiseGraceDays), p.PromiseGraceDays, errors);
        CheckNotNegative(nameof(p.SurveyExpiryDays), p.SurveyExpiryDays, errors);
        CheckNotNegative(nameof(p.SurveyDelayDays), p.SurveyDelayDays ?? 0, errors);
        if (p.SurveyAfterContactDays is null || p.SurveyAfterContactDays.Any(s => s.Key.Reaches is null || s.Value < 0))
        {
            errors.Add(nameof(p.SurveyAfterContactDays), p.SurveyAfterContactDays?.Count, "each entry must be a channel that reaches the debtor and days not negative", ErrorCodes.OutOfRange);
        }
        CheckNotNegative(nameof(p.OfferHorizonDays), p.OfferHorizonDays, errors);
        CheckNotNegative(nameof(p.ClaimUrgentDays), p.ClaimUrgentDays, errors);
        CheckNotNegative(nameof(p.LimitationWarningDays), p.LimitationWarningDays, errors);
        if (p.ReviewIntervalDays < 1)
        {
            errors.Add(nameof(p.ReviewIntervalDays), p.ReviewIntervalDays, "must be at least 1", ErrorCodes.OutOfRange);
        }

        if (p.MaxContacts < 1 || p.ContactWindowDays < 1)
        {
            errors.Add(nameof(p.MaxContacts), $"{p.MaxContacts} in {p.ContactWindowDays} days", "allows at least one contact in a window of at least a day", ErrorCodes.OutOfRange);
        }

        PlanTolerance.Check(nameof(p.PlanTolerance), p.PlanTolerance, errors);

        if (p.AgencyMinimum is { IsNegative: true } || p.CourtMinimum is { IsNegative: true })
        {
            errors.Add(nameof(p.AgencyMinimum), $"{p.AgencyMinimum}, {p.CourtMinimum}", "thresholds must not be negative", ErrorCodes.OutOfRange);
        }

        if (p.Fallbacks is null || p.Fallbacks.Any(f => f.Value is null || f.Value.Any(c => c?.Reaches is null)))
        {
            errors.Add(nameof(p.Fallbacks), p.Fallbacks?.Count, "each fallback must be a channel that reaches the debtor", ErrorCodes.Required);
        }

        if (p.PenaltyPosting is null)
        {
            errors.Add(nameof(p.PenaltyPosting), null, "must be given", ErrorCodes.Required);
        }

        CheckRules(p.Rules, errors);
        return errors.ToResult(() => new CaseDecider(p));
    }

    /// <summary>Decides what to do on a case as of the statement's date, no unpaid reason being known.</summary>
    /// <param name="collectionCase">The case.</param>
    /// <param name="statement">The debtor's account as of the decision date.</param>
    /// <param name="ladder">The ladder the case follows (see <see cref="LadderSelection"/>).</param>
    /// <returns>The decision, or an invalid result naming every mismatch: another debtor, another currency, events after the
    /// decision date, thresholds in another currency.</returns>
    public Result<CaseDecision> Decide(CollectionCase? collectionCase, AccountStatement? statement, EscalationLadder? ladder)
        => Decide(collectionCase, statement, ladder, reason: null);

    /// <summary>Decides what to do on a case as of the statement's date.</summary>
    /// <param name="collectionCase">The case.</param>
    /// <param name="statement">The debtor's account as of the decision date.</param>
    /// <param name="ladder">The ladder the case follows (see <see cref="LadderSelection"/>).</param>
    /// <param name="reason">The unpaid reason, for steps reserved to some reasons; none known when null.</param>
    /// <returns>The decision, or an invalid result naming every mismatch: another debtor, another currency, events after the
    /// decision date, thresholds in another currency.</returns>
    public Result<CaseDecision> Decide(CollectionCase? collectionCase, AccountStatement? statement, EscalationLadder? ladder, UnpaidReason? reason)
    {
        var errors = Check(collectionCase, statement, ladder, Names.Arguments);
        return errors is not null ? errors.ToInvalid<CaseDecision>() : Make(new CaseDecisionRequest(collectionCase!, statement!, ladder!) { Reason = reason });
    }

    /// <summary>
    /// Decides what to do on a case with what the reason classifier found from signals the case may not record yet: the
    /// deciding reason, for steps reserved to some reasons, and its treatment's pause — the items it concerns are held as
    /// disputed (<see cref="DunningPause.ConcernedItems"/>; all of them when the dispute is about the whole account), or
    /// the whole case is held (<see cref="DunningPause.WholeAccount"/>, <see cref="HoldKind.ReasonPause"/>). A published
    /// insolvency notice the case does not record yet is treated as the case's own: dunning stops and the proof of claim is
    /// due before the notice's deadline.
    /// </summary>
    /// <param name="collectionCase">The case.</param>
    /// <param name="statement">The debtor's account as of the decision date.</param>
    /// <param name="ladder">The ladder the case follows.</param>
    /// <param name="classification">The classification of the account's signals as of the decision date.</param>
    /// <returns>The decision, or an invalid result naming every mismatch.</returns>
    public Result<CaseDecision> Decide(CollectionCase? collectionCase, AccountStatement? statement, EscalationLadder? ladder, ReasonClassification classification)
    {
        var errors = Check(collectionCase, statement, ladder, Names.Arguments);
        if (classification is null)
        {
            (errors ??= new ValidationErrors()).Add(nameof(classification), null, "must be given", ErrorCodes.Required);
        }

        return errors is not null ? errors.ToInvalid<CaseDecision>()
            : Make(new CaseDecisionRequest(collectionCase!, statement!, ladder!) { Classification = classification });
    }

    /// <summary>
    /// Decides what to do on a case from everything known of it: the classification of the account's signals (see the
    /// overload taking one), the debtor's calendar for legal deadlines, its late-payment rule for a proof of claim.
    /// </summary>
    /// <param name="request">The case, the statement, the ladder and what else is known.</param>
    /// <returns>The decision, or an invalid result naming every mismatch: another debtor, another currency, events after the
    /// decision date, thresholds in another currency, a reason that is not the classification's.</returns>
    public Result<CaseDecision> Decide(CaseDecisionRequest request)
        => Decide(request, out var errors) is { } decision ? Result<CaseDecision>.Success(decision) : errors!.ToInvalid<CaseDecision>();

    /// <summary>As <see cref="Decide(CaseDecisionRequest)"/>, the errors given apart: what the run calls for each case.</summary>
    internal CaseDecision? Decide(in CaseDecisionRequest request, out ValidationErrors? errors)
    {
        errors = Check(request.Case, request.Statement, request.Ladder, Names.Request);
        if (request is { Classification.Primary.Reason: var classified, Reason: { } reason } && reason != classified)
        {
            (errors ??= new ValidationErrors()).Add(nameof(request.Reason), reason.Name, $"is not the classification's deciding reason ({classified.Name}): give one or the other", ErrorCodes.Conflict);
        }

        return errors is null ? Make(request) : null;
    }

    /// <summary>Assesses a payment offer against the policy's horizon and the oldest open item of the account.</summary>
    /// <param name="offer">The offer.</param>
    /// <param name="statement">The debtor's account.</param>
    /// <returns>The assessment, or an invalid result naming what is wrong with the offer.</returns>
    public Result<OfferAssessment> AssessOffer(PaymentOffer? offer, AccountStatement? statement)
    {
        var errors = new ValidationErrors();
        if (offer is null || statement is null)
        {
            errors.Add(offer is null ? nameof(offer) : nameof(statement), null, "must be given", ErrorCodes.Required);
            return errors.ToInvalid<OfferAssessment>();
        }

        if (string.IsNullOrWhiteSpace(offer.Method))
        {
            errors.Add($"{nameof(offer)}.Method", offer.Method, "must name the payment method", ErrorCodes.Required);
        }

        if (offer.PaymentDate < offer.Date)
        {
            errors.Add($"{nameof(offer)}.PaymentDate", offer.PaymentDate, $"is before the offer ({Iso.Date(offer.Date)})", ErrorCodes.OutOfRange);
        }

        var oldest = statement.Items.Where(i => i.Open.IsPositive).Select(i => (LocalDate?)i.DueDate).Min();
        var late = oldest is { } due ? Math.Max(0, Period.Between(due, offer.PaymentDate, PeriodUnits.Days).Days) : 0;
        return errors.ToResult(() => new OfferAssessment(offer, Period.Between(offer.Date, offer.PaymentDate, PeriodUnits.Days).Days, late, Policy.OfferHorizonDays));
    }

    private static void CheckRules(IReadOnlyList<CaseRule?>? rules, ValidationErrors errors)
    {
        if (rules is null)
        {
            errors.Add(nameof(CasePolicy.Rules), null, "must be given (CaseRules.Default for the library's)", ErrorCodes.Required);
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i] is not { } rule)
            {
                errors.Add($"{nameof(CasePolicy.Rules)}[{i}]", null, "must not be null", ErrorCodes.Required);
            }
            else if (!names.Add(rule.Name))
            {
                errors.Add($"{nameof(CasePolicy.Rules)}[{i}]", rule.Name, "repeats the name of an earlier rule: a decision names the rule behind each action", ErrorCodes.Conflict);
            }
        }
    }

    private static void CheckNotNegative(string field, int value, ValidationErrors errors)
    {
        if (value < 0)
        {
            errors.Add(field, value, "must not be negative", ErrorCodes.OutOfRange);
        }
    }

    /// <summary>The problems with the input, or null when there is none (created on the first, so a valid call allocates nothing).</summary>
    private static ValidationErrors? Check(CollectionCase? collectionCase, AccountStatement? statement, EscalationLadder? ladder, Names names)
    {
        var errors = default(ValidationErrors);
        if (collectionCase is null || statement is null || ladder is null)
        {
            (errors = new ValidationErrors()).Add(collectionCase is null ? names.Case : statement is null ? names.Statement : names.Ladder, null, "must be given", ErrorCodes.Required);
            return errors;
        }

        if (collectionCase.DebtorId != statement.Debtor.Id)
        {
            (errors ??= new ValidationErrors()).Add($"{names.Statement}.Debtor.Id", statement.Debtor.Id, $"is not the case's debtor ({collectionCase.DebtorId})", ErrorCodes.Conflict);
        }

        if (collectionCase.Currency != statement.Currency)
        {
            (errors ??= new ValidationErrors()).Add($"{names.Statement}.Currency", statement.Currency.Code, $"is not the case's currency ({collectionCase.Currency.Code})", ErrorCodes.CurrencyMismatch);
        }

        var events = collectionCase.EventArray;
        if (events.Length > 0 && events[events.Length - 1].Date > statement.AsOf)
        {
            (errors ??= new ValidationErrors()).Add($"{names.Statement}.AsOf", statement.AsOf, $"is before the case's last event ({Iso.Date(events[events.Length - 1].Date)}): decide as of a later date", ErrorCodes.OutOfRange);
        }

        return errors;
    }

    /// <summary>Applies the policy's rules in turn; a rule that throws is a programmer error, named.</summary>
    private CaseDecision Make(in CaseDecisionRequest request)
    {
        var scratch = Scratch<CaseDecisionContext.Table>.Rent();
        var context = scratch.Start(Policy, request);
        foreach (var rule in rules)
        {
            context.Rule = rule.Name;
            try
            {
                rule.Apply(context);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"The case rule '{rule.Name}' failed on case {request.Case.Id}: {e.Message}", e);
            }
        }

        var decision = context.ToDecision();
        Scratch<CaseDecisionContext.Table>.Return(scratch);
        return decision;
    }

    /// <summary>How the checked inputs are named: the arguments of the older overloads, or the request's properties.</summary>
    private sealed record Names(string Case, string Statement, string Ladder)
    {
        internal static readonly Names Arguments = new("collectionCase", "statement", "ladder");

        internal static readonly Names Request = new("request.Case", "request.Statement", "request.Ladder");
    }
}
