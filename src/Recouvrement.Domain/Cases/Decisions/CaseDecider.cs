using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.Result;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Communication;
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
/// Deciding records nothing: the host records what it did with <see cref="CaseAction.ToEvent"/>, so a step taken is
/// never decided again and deciding twice on the same data gives the same decision. Steps are matched to the case's
/// events by name. This type is immutable and thread-safe.
/// </remarks>
public sealed class CaseDecider
{
    private CaseDecider(CasePolicy policy) => Policy = policy;

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
        CheckNotNegative(nameof(p.SurveyAfterConversationDays), p.SurveyAfterConversationDays ?? 0, errors);
        CheckNotNegative(nameof(p.OfferHorizonDays), p.OfferHorizonDays, errors);
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
        var errors = Check(collectionCase, statement, ladder);
        return errors.HasErrors ? errors.ToInvalid<CaseDecision>() : new Decision(this, collectionCase!, statement!, ladder!, reason, classification: null).Make();
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
        var errors = Check(collectionCase, statement, ladder);
        if (classification is null)
        {
            errors.Add(nameof(classification), null, "must be given", ErrorCodes.Required);
        }

        return errors.HasErrors ? errors.ToInvalid<CaseDecision>()
            : new Decision(this, collectionCase!, statement!, ladder!, classification!.Primary.Reason, classification).Make();
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

    private static void CheckNotNegative(string field, int value, ValidationErrors errors)
    {
        if (value < 0)
        {
            errors.Add(field, value, "must not be negative", ErrorCodes.OutOfRange);
        }
    }

    private ValidationErrors Check(CollectionCase? collectionCase, AccountStatement? statement, EscalationLadder? ladder)
    {
        var errors = new ValidationErrors();
        if (collectionCase is null || statement is null || ladder is null)
        {
            errors.Add(collectionCase is null ? nameof(collectionCase) : statement is null ? nameof(statement) : nameof(ladder), null, "must be given", ErrorCodes.Required);
            return errors;
        }

        if (collectionCase.DebtorId != statement.Debtor.Id)
        {
            errors.Add($"{nameof(statement)}.Debtor.Id", statement.Debtor.Id, $"is not the case's debtor ({collectionCase.DebtorId})", ErrorCodes.Conflict);
        }

        if (collectionCase.Currency != statement.Currency)
        {
            errors.Add($"{nameof(statement)}.Currency", statement.Currency.Code, $"is not the case's currency ({collectionCase.Currency.Code})", ErrorCodes.CurrencyMismatch);
        }

        var events = collectionCase.EventArray;
        if (events.Length > 0 && events[events.Length - 1].Date > statement.AsOf)
        {
            errors.Add($"{nameof(statement)}.AsOf", statement.AsOf, $"is before the case's last event ({Iso.Date(events[events.Length - 1].Date)}): decide as of a later date", ErrorCodes.OutOfRange);
        }

        CheckCurrency(nameof(Policy.AgencyMinimum), Policy.AgencyMinimum, statement.Currency, errors);
        CheckCurrency(nameof(Policy.CourtMinimum), Policy.CourtMinimum, statement.Currency, errors);
        return errors;
    }

    private static void CheckCurrency(string field, Money? threshold, Currency currency, ValidationErrors errors)
    {
        if (threshold is { } t && t.Currency != currency)
        {
            errors.Add($"{nameof(Policy)}.{field}", t, $"is not in the account's currency ({currency.Code})", ErrorCodes.CurrencyMismatch);
        }
    }

    /// <summary>One decision's working state; never shared.</summary>
    private sealed class Decision(CaseDecider decider, CollectionCase collectionCase, AccountStatement statement, EscalationLadder ladder, UnpaidReason? reason, ReasonClassification? classification)
    {
        private static readonly StepChannel[] SurveyChannels = [StepChannel.Sms, StepChannel.Email];
        private static readonly StepChannel[] ReminderChannels = [StepChannel.Sms, StepChannel.Email, StepChannel.Letter];

        private readonly CasePolicy policy = decider.Policy;
        private readonly CaseHistory history = collectionCase.History;
        private readonly LocalDate asOf = statement.AsOf;
        private List<CaseAction>? actions;
        private List<SkippedStep>? skipped;
        private List<CaseHold>? holds;
        private EscalationStep? nextStep;
        private LocalDate? nextStepOn;
        private Money overdue;
        private Money open;
        private LocalDate reference;
        private int? lastIndex;

        internal CaseDecision Make()
        {
            if (history.Closed is { } closed)
            {
                Add(ref holds, new CaseHold(HoldKind.Closed, null) { Detail = closed.Outcome.Label });
                if (closed.Outcome == CaseOutcome.Paid && policy.SurveyDelayDays is { } delay)
                {
                    SurveyAfter(closed.Date, delay);
                }
            }
            else if (history.Insolvency is { } insolvency)
            {
                Insolvency(insolvency);
            }
            else if (PublishedInsolvency() is { } notice)
            {
                Insolvency(new InsolvencyOpened(notice.Date, notice));
            }
            else
            {
                if (Items() && !PausedWhole())
                {
                    Ladder();
                }

                ActOnReason();

                if (policy.SurveyAfterConversationDays is { } days && LastConversation() is { } talked)
                {
                    SurveyAfter(talked, days);
                }
            }

            return new CaseDecision(collectionCase.Id, asOf, history.State, ToArray(actions), ToArray(skipped), ToArray(holds), nextStep, nextStepOn);
        }

        /// <summary>One survey after an event, once its delay is over and before it goes stale.</summary>
        private void SurveyAfter(LocalDate since, int delay)
        {
            var due = since.PlusDays(delay);
            if (due <= asOf && asOf <= due.PlusDays(policy.SurveyExpiryDays) && !SurveyedSince(since) && FirstUsable(SurveyChannels) is { } channel)
            {
                Add(ref actions, new CaseAction(CaseActionKind.SendSurvey, due, Money.Zero(statement.Currency)) { Channel = channel });
            }
        }

        private bool SurveyedSince(LocalDate date)
        {
            foreach (var e in collectionCase.EventArray)
            {
                if (e is SurveySent && e.Date >= date)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The day of the last call or visit, either way.</summary>
        private LocalDate? LastConversation()
        {
            LocalDate? last = null;
            foreach (var e in collectionCase.EventArray)
            {
                if (e is ContactLogged or StepTaken && (e.Channel == StepChannel.CallTask || e.Channel == StepChannel.Visit))
                {
                    last = e.Date;
                }
            }

            return last;
        }

        private void Insolvency(InsolvencyOpened insolvency)
        {
            Add(ref holds, new CaseHold(HoldKind.Insolvency, null) { Detail = insolvency.Notice.Proceeding.Label });
            if (!history.HasFiledClaim)
            {
                var claim = Money.Zero(statement.Currency);
                foreach (var item in statement.ItemArray)
                {
                    claim += collectionCase.Covers(item.InvoiceId) ? item.Open : Money.Zero(statement.Currency);
                }

                Add(ref actions, new CaseAction(CaseActionKind.FileClaim, insolvency.Date, claim) { Deadline = insolvency.Notice.ClaimDeadline });
            }
        }

        /// <summary>Sums what the ladder pursues; false when nothing is left to pursue.</summary>
        private bool Items()
        {
            var zero = Money.Zero(statement.Currency);
            (overdue, open, reference) = (zero, zero, LocalDate.MaxIsoValue);
            int pursued = 0, disputed = 0;
            foreach (var item in statement.ItemArray)
            {
                if (!item.Open.IsPositive || !collectionCase.Covers(item.InvoiceId))
                {
                    continue;
                }

                if (IsDisputed(item))
                {
                    disputed++;
                    continue;
                }

                pursued++;
                open += item.Open;
                overdue += item.IsOverdue ? item.Open : zero;
                reference = item.DueDate < reference ? item.DueDate : reference;
            }

            if (pursued + disputed == 0)
            {
                Add(ref actions, new CaseAction(CaseActionKind.CloseCase, asOf, zero));
                return false;
            }

            if (disputed > 0)
            {
                Add(ref holds, new CaseHold(HoldKind.Dispute, null) { ItemIds = Ids(disputed, disputedOnly: true, overdueOnly: false) });
            }

            return pursued > 0;
        }

        /// <summary>The open items the case covers: the disputed ones, or the pursued ones (overdue only, or all).</summary>
        private string[] Ids(int count, bool disputedOnly, bool overdueOnly)
        {
            var ids = new string[count];
            var n = 0;
            foreach (var item in statement.ItemArray)
            {
                if (n < count && item.Open.IsPositive && collectionCase.Covers(item.InvoiceId) && IsDisputed(item) == disputedOnly && (item.IsOverdue || !overdueOnly))
                {
                    ids[n++] = item.Id;
                }
            }

            Array.Resize(ref ids, n);
            return ids;
        }

        private bool IsDisputed(ItemBalance item) => IsDisputedInCase(item) || IsDisputedBySignals(item);

        private bool IsDisputedInCase(ItemBalance item)
        {
            foreach (var id in history.Disputes)
            {
                if (id == item.Id || id == item.InvoiceId)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A dispute known from the signals: its items, or every item when it is about the whole account.</summary>
        private bool IsDisputedBySignals(ItemBalance item)
        {
            if (classification is { Treatment.Pause: DunningPause.ConcernedItems, PausedItemIds: var paused })
            {
                foreach (var id in paused)
                {
                    if (id == item.Id || id == item.InvoiceId)
                    {
                        return true;
                    }
                }

                return paused.Count == 0;
            }

            return false;
        }

        /// <summary>The insolvency notice that decided the classification, when the case does not record proceedings.</summary>
        private InsolvencyNotice? PublishedInsolvency()
        {
            if (classification?.Primary is not { } primary || primary.Reason != UnpaidReason.FormalProceedings)
            {
                return null;
            }

            InsolvencyNotice? latest = null;
            foreach (var signal in primary.Evidence)
            {
                latest = signal is InsolvencyNotice notice && (latest is null || notice.Date >= latest.Date) ? notice : latest;
            }

            return latest;
        }

        /// <summary>
        /// The task the reason's treatment calls for when it pauses dunning — solve the dispute, offer a plan — once: an
        /// outbound contact or a step since the reason's latest evidence records that it was acted on, and a dispute the
        /// case already records is being dealt with.
        /// </summary>
        private void ActOnReason()
        {
            if (classification is not { Treatment.Pause: not DunningPause.None } found || found.Primary.Evidence.Count == 0
                || (found.Treatment.Pause == DunningPause.WholeAccount && history.Plan is not null))
            {
                return;
            }

            var since = found.Primary.Evidence[found.Primary.Evidence.Count - 1].Date;
            if (ContactedSince(since))
            {
                return;
            }

            var amount = Money.Zero(statement.Currency);
            var ids = new List<string>();
            var whole = found.Treatment.Pause == DunningPause.WholeAccount;
            foreach (var item in statement.ItemArray)
            {
                if (item.Open.IsPositive && collectionCase.Covers(item.InvoiceId) && (whole || (IsDisputedBySignals(item) && !IsDisputedInCase(item))))
                {
                    amount += item.Open;
                    ids.Add(item.Id);
                }
            }

            if (ids.Count > 0)
            {
                Add(ref actions, new CaseAction(CaseActionKind.ActOnReason, since, amount) { Treatment = found.Treatment.FirstAction, ItemIds = [.. ids] });
            }
        }

        /// <summary>
        /// Holds the whole case when the reason's treatment pauses the whole account, until a plan deals with it (a broken
        /// plan then escalates as any other).
        /// </summary>
        private bool PausedWhole()
        {
            if (classification is not { Treatment.Pause: DunningPause.WholeAccount } || history.Plan is not null)
            {
                return false;
            }

            Add(ref holds, new CaseHold(HoldKind.ReasonPause, null) { Detail = classification.Primary.Reason.Label });
            return true;
        }

        private void Ladder()
        {
            LocalDate? escalateOn = null;
            if (history.Promise is { } promise)
            {
                var end = promise.PromisedDate.PlusDays(policy.PromiseGraceDays);
                if (asOf <= end)
                {
                    Add(ref holds, new CaseHold(HoldKind.Promise, end) { Amount = promise.Amount });
                    return;
                }

                escalateOn = end.PlusDays(1);
            }

            Tone? firmerThan = null;
            if (history.Plan is { } plan)
            {
                if (PlanBrokenOn(plan) is not { } brokenOn)
                {
                    return;
                }

                (escalateOn, firmerThan) = (brokenOn, LastTone() ?? Tone.Courteous);
            }

            Climb(escalateOn, firmerThan, promiseBroken: history.Promise is not null);
        }

        /// <summary>Holds a kept plan, reminds a late instalment, or gives the day a broken plan broke.</summary>
        private LocalDate? PlanBrokenOn(PlanAgreed agreed)
        {
            var payments = collectionCase.EventArray.OfType<PaymentReceived>().Where(p => p.Date >= agreed.Date).Select(p => new PlanPayment(p.Date, p.Amount));
            var tracking = PlanTracker.Track(agreed.Plan, payments, asOf, policy.PlanTolerance).Value;
            if (tracking.Health != PlanHealth.Broken)
            {
                Add(ref holds, new CaseHold(HoldKind.Plan, agreed.Plan.LastDueDate) { Detail = tracking.Health.ToString() });
                var late = tracking.Instalments.FirstOrDefault(i => i.Status == InstalmentStatus.Late);
                if (late is not null && !ContactedSince(late.Instalment.DueDate) && FirstUsable(ReminderChannels) is { } channel)
                {
                    Add(ref actions, new CaseAction(CaseActionKind.RemindInstalment, late.Instalment.DueDate.PlusDays(policy.PlanTolerance.GraceDays + 1), tracking.Arrears) { Channel = channel });
                }

                return null;
            }

            return tracking.BrokenOn;
        }

        private void Climb(LocalDate? escalateOn, Tone? firmerThan, bool promiseBroken)
        {
            var steps = ladder.Steps;
            var last = history.LastStep;
            var from = LastIndex + 1;
            LocalDate? responseEnd = null;
            if (last is { Kind: StepKind.FormalNotice } && LastLadderStep is { } notice)
            {
                responseEnd = last.Date.PlusDays(notice.ResponseDays);
            }

            for (var i = from; i < steps.Count; i++)
            {
                var step = steps[i];
                var due = DueOn(step, last, responseEnd, escalateOn);
                if (due > asOf)
                {
                    if (responseEnd is { } end && asOf <= end)
                    {
                        Add(ref holds, new CaseHold(HoldKind.NoticeResponse, end));
                    }

                    (nextStep, nextStepOn) = (step, due);
                    return;
                }

                if (SkipCauseOf(step, firmerThan) is { } skip)
                {
                    Add(ref skipped, skip);
                    continue;
                }

                if (step.Channel.Reaches is not null && PressureUntil() is { } until)
                {
                    Add(ref holds, new CaseHold(HoldKind.ContactPressure, until) { Detail = $"{policy.MaxContacts} in {policy.ContactWindowDays} days" });
                    (nextStep, nextStepOn) = (step, until.PlusDays(1));
                    return;
                }

                Take(step, due, promiseBroken);
                return;
            }
        }

        private LocalDate DueOn(EscalationStep step, StepTaken? last, LocalDate? responseEnd, LocalDate? escalateOn)
        {
            // A broken promise or plan held the ladder until the day it broke: the next step is due from then on.
            var trigger = escalateOn ?? (step.AfterPreviousStep && last is not null ? last.Date.PlusDays(step.DaysAfterDue) : reference.PlusDays(step.DaysAfterDue));

            if (last is not null && last.Date.PlusDays(step.MinimumGapDays) is var gap && gap > trigger)
            {
                trigger = gap;
            }

            return responseEnd is { } end && end >= trigger ? end.PlusDays(1) : trigger;
        }

        private SkippedStep? SkipCauseOf(EscalationStep step, Tone? firmerThan)
        {
            var amount = Pursued(step);
            var kind = statement.Debtor.Kind;
            var threshold = step.Kind switch
            {
                StepKind.Agency => policy.AgencyMinimum,
                StepKind.Court => policy.CourtMinimum,
                _ => null,
            };
            return step switch
            {
                { IsBeforeDue: true } when asOf > reference => new SkippedStep(step, SkipCause.DueDatePassed) { Detail = Iso.Date(reference) },
                { DebtorKinds.Count: > 0 } when !step.DebtorKinds.Contains(kind) => new SkippedStep(step, SkipCause.OtherDebtorKind) { Detail = kind.Name },
                { Reasons.Count: > 0 } when reason is null || !step.Reasons.Contains(reason) => new SkippedStep(step, SkipCause.OtherReason) { Detail = reason?.Name ?? "unknown" },
                { MinimumOverdue: { } minimum } when minimum.Currency != amount.Currency => new SkippedStep(step, SkipCause.MinimumInOtherCurrency) { Detail = $"{minimum}, the account in {amount.Currency.Code}" },
                { MinimumOverdue: { } minimum } when amount < minimum => new SkippedStep(step, SkipCause.BelowStepMinimum) { Detail = $"{amount} < {minimum}" },
                _ when threshold is { } t && amount < t => new SkippedStep(step, SkipCause.BelowPolicyThreshold) { Detail = $"{amount} < {t}" },
                { Kind: StepKind.Reminder } when firmerThan is not null && step.Tone.Value <= firmerThan.Value => new SkippedStep(step, SkipCause.PlanBroken) { Detail = step.Tone.Name },
                _ => null,
            };
        }

        private void Take(EscalationStep step, LocalDate due, bool promiseBroken)
        {
            var amount = Pursued(step);
            var itemIds = Ids(statement.ItemArray.Length, disputedOnly: false, overdueOnly: !step.IsBeforeDue);
            var channel = step.Channel;
            StepChannel? fallbackFrom = null;
            if (channel.Reaches is { } needed && !statement.Debtor.CanBeReachedBy(needed))
            {
                var fallbacks = policy.Fallbacks.TryGetValue(channel, out var list) ? list : [];
                fallbackFrom = channel;
                channel = FirstUsable(fallbacks)!;
                if (channel is null)
                {
                    var missing = $"no contact has {needed.Requirement}";
                    Add(ref holds, new CaseHold(HoldKind.NoUsableChannel, null) { Detail = missing });
                    Add(ref actions, new CaseAction(CaseActionKind.CompleteContactData, due, amount) { Step = step, Missing = missing, ItemIds = itemIds, AfterBrokenPromise = promiseBroken });
                    return;
                }
            }

            Add(ref actions, new CaseAction(CaseActionKind.TakeStep, due, amount)
            {
                Step = step,
                Channel = channel,
                FallbackFrom = fallbackFrom,
                ItemIds = itemIds,
                RequiresApproval = step.RequiresApproval,
                Deadline = step.Kind == StepKind.FormalNotice ? asOf.PlusDays(step.ResponseDays) : null,
                AfterBrokenPromise = promiseBroken,
            });
        }

        /// <summary>What a step pursues: the open amount before the due date, the overdue amount after.</summary>
        private Money Pursued(EscalationStep step) => step.IsBeforeDue ? open : overdue;

        /// <summary>The last day of the contact-pressure hold, or null when another contact is allowed today.</summary>
        private LocalDate? PressureUntil()
        {
            var windowStart = asOf.PlusDays(1 - policy.ContactWindowDays);
            var count = 0;
            LocalDate? oldest = null;
            foreach (var e in collectionCase.EventArray)
            {
                if (e.Date >= windowStart && IsOutboundContact(e))
                {
                    count++;
                    oldest ??= e.Date;
                }
            }

            return count >= policy.MaxContacts ? oldest!.Value.PlusDays(policy.ContactWindowDays - 1) : null;
        }

        private static void Add<T>(ref List<T>? list, T item) => (list ??= new List<T>(2)).Add(item);

        private static T[] ToArray<T>(List<T>? list) => list is null ? [] : [.. list];

        private bool ContactedSince(LocalDate date) => collectionCase.EventArray.Any(e => e.Date >= date && IsOutboundContact(e));

        private static bool IsOutboundContact(CaseEvent e)
            => e is ContactLogged { Inbound: false } || (e is StepTaken && e.Channel?.Reaches is not null);

        private StepChannel? FirstUsable(IReadOnlyList<StepChannel> channels)
        {
            foreach (var channel in channels)
            {
                if (channel.Reaches is { } needed && statement.Debtor.CanBeReachedBy(needed))
                {
                    return channel;
                }
            }

            return null;
        }

        private Tone? LastTone() => LastLadderStep?.Tone;

        /// <summary>The ladder's step the case took last, when the ladder still has it.</summary>
        private EscalationStep? LastLadderStep => LastIndex < 0 ? null : ladder.Steps[LastIndex];

        /// <summary>The last step's index in the ladder, looked up once; -1 before any step.</summary>
        private int LastIndex => lastIndex ??= history.LastStep is { } last ? IndexOf(last.StepName) : -1;

        /// <summary>The step's index in the ladder; -1 when a ladder change removed it, so the ladder starts over.</summary>
        private int IndexOf(string name)
        {
            for (var i = 0; i < ladder.Steps.Count; i++)
            {
                if (ladder.Steps[i].Name == name)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
