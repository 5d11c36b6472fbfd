using System;
using System.Collections.Generic;
using Ardalis.Result;
using Recouvrement.Internal;

namespace Recouvrement.Reasons;

/// <summary>
/// Decides why an account is unpaid from the signals observed — rejected payments with their codes, disputes, contact
/// notes, solvency enquiries, insolvency notices, missing contact data, broken promises — and the account's facts, and
/// says what the reason calls for.
/// </summary>
/// <remarks>
/// <para>Each signal gives at most one finding per rule: a bank's code or a published notice is
/// <see cref="ReasonConfidence.Certain"/>; an open dispute or a poor solvency enquiry <see cref="ReasonConfidence.High"/>;
/// a reason the debtor gave <see cref="ReasonConfidence.Medium"/>; an unknown code, missing contact data or a doubtful
/// enquiry <see cref="ReasonConfidence.Low"/>. Findings of one reason merge: the highest confidence, one level more when
/// two signals or more agree (never to certain). Rejections and broken promises count within
/// <see cref="ReasonClassifierOptions.LookbackDays"/>; a dispute counts until closed; only the latest solvency enquiry
/// counts. With no finding, a debtor who is not chronically late and only a few days past due is presumed to have
/// forgotten; otherwise the reason is unknown.</para>
/// <para>Reasons are ordered by precedence (see <see cref="UnpaidReason"/>), then confidence, then value: the result
/// does not depend on the order of the signals, and the same input always gives the same result.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ReasonClassifier
{
    private readonly ReasonClassifierOptions options;
    private readonly Dictionary<UnpaidReason, int> precedence;
    private readonly Dictionary<UnpaidReason, ReasonTreatment> treatments;
    private readonly IReasonRule[] rules;

    private ReasonClassifier(ReasonClassifierOptions options)
    {
        this.options = options;
        precedence = new Dictionary<UnpaidReason, int>(options.Precedence.Count);
        foreach (var pair in options.Precedence)
        {
            precedence[pair.Key] = pair.Value;
        }

        treatments = new Dictionary<UnpaidReason, ReasonTreatment>(options.Treatments.Count);
        foreach (var pair in options.Treatments)
        {
            treatments[pair.Key] = pair.Value;
        }

        rules = [.. options.Rules];
    }

    /// <summary>Gets a classifier with the default thresholds, precedence and treatments.</summary>
    public static ReasonClassifier Default { get; } = new(new ReasonClassifierOptions());

    /// <summary>Creates a classifier with the host's thresholds, precedence, treatments and rules.</summary>
    /// <param name="options">The options; copied.</param>
    /// <returns>The classifier, or an invalid result naming every problem with the options.</returns>
    public static Result<ReasonClassifier> Create(ReasonClassifierOptions? options)
    {
        var errors = new ValidationErrors();
        if (options is null)
        {
            errors.Add(nameof(options), null, "must be given", ErrorCodes.Required);
            return errors.ToInvalid<ReasonClassifier>();
        }

        CheckAtLeast("options.LookbackDays", options.LookbackDays, 1, errors);
        CheckAtLeast("options.OversightMaxDaysPastDue", options.OversightMaxDaysPastDue, 0, errors);
        CheckAtLeast("options.BrokenPromisesForRefusal", options.BrokenPromisesForRefusal, 1, errors);
        CheckAtLeast("options.InsufficientFundsForProbableInsolvency", options.InsufficientFundsForProbableInsolvency, 1, errors);
        if (options.Precedence is null || options.Treatments is null || options.Rules is null)
        {
            errors.Add("options", null, "Precedence, Treatments and Rules must not be null (leave them empty instead)", ErrorCodes.Required);
        }
        else
        {
            foreach (var pair in options.Treatments)
            {
                if (pair.Value is null)
                {
                    errors.Add($"options.Treatments[{pair.Key.Name}]", null, "must not be null", ErrorCodes.Required);
                }
                else
                {
                    ReasonTreatment.Check($"options.Treatments[{pair.Key.Name}]", pair.Value, errors);
                }
            }

            for (var i = 0; i < options.Rules.Count; i++)
            {
                if (options.Rules[i] is null)
                {
                    errors.Add($"options.Rules[{i}]", null, "must not be null", ErrorCodes.Required);
                }
            }
        }

        return errors.ToResult(() => new ReasonClassifier(options));
    }

    /// <summary>Classifies the reasons an account is unpaid.</summary>
    /// <param name="signals">The signals observed, in any order; not kept.</param>
    /// <param name="context">The classification date and the account's facts.</param>
    /// <returns>The classification, or an invalid result naming every malformed signal.</returns>
    public Result<ReasonClassification> Classify(IReadOnlyList<ReasonSignal?>? signals, ReasonContext? context)
    {
        // The working tables are the thread's own, taken while in use (a host rule may classify too) and given back
        // after: nothing is allocated but the result.
        var work = signals is null ? null : ClassificationWork.Rent(signals);
        var errors = Check(work?.Signals, work?.SignalCount ?? 0, context);
        if (errors is not null || work is null || context is null)
        {
            work?.Return();
            return errors!.ToInvalid<ReasonClassification>();
        }

        Find(work, context);
        var reasons = Merge(work);
        work.Return();
        return Result<ReasonClassification>.Success(new ReasonClassification(context.AsOf, reasons, TreatmentOf(reasons[0].Reason)));
    }

    private static void CheckAtLeast(string field, int value, int minimum, ValidationErrors errors)
    {
        if (value < minimum)
        {
            errors.Add(field, value, $"must be at least {minimum}", ErrorCodes.OutOfRange);
        }
    }

    /// <summary>The problems with the input, or null when there is none (created on the first, so a valid call allocates nothing).</summary>
    private static ValidationErrors? Check(ReasonSignal?[]? signals, int count, ReasonContext? context)
    {
        var errors = default(ValidationErrors);
        var asOf = context is null ? 0 : DayNumber.Of(context.AsOf);
        if (context is null)
        {
            (errors ??= new ValidationErrors()).Add(nameof(context), null, "must be given", ErrorCodes.Required);
        }
        else
        {
            if (context.DaysPastDue < 0)
            {
                (errors ??= new ValidationErrors()).Add("context.DaysPastDue", context.DaysPastDue, "must not be negative", ErrorCodes.OutOfRange);
            }

            if (context.OverdueAmount is { IsNegative: true } amount)
            {
                (errors ??= new ValidationErrors()).Add("context.OverdueAmount", amount, "must not be negative", ErrorCodes.OutOfRange);
            }
        }

        if (signals is null)
        {
            (errors ??= new ValidationErrors()).Add(nameof(signals), null, "must be given (an empty list when there is none)", ErrorCodes.Required);
            return errors;
        }

        for (var i = 0; i < count; i++)
        {
            var signal = signals[i];
            if (signal is null)
            {
                (errors ??= new ValidationErrors()).Add($"signals[{i}]", null, "must not be null", ErrorCodes.Required);
                continue;
            }

            if (context is not null && signal.Day > asOf)
            {
                (errors ??= new ValidationErrors()).Add($"signals[{i}].Date", signal.Date, $"is after the classification date {Iso.Date(context.AsOf)}", ErrorCodes.OutOfRange);
            }

            var problem = signal switch
            {
                DirectDebitReturned { Code: var code } when string.IsNullOrWhiteSpace(code) => ("Code", (object?)code, "must be given; an unknown code is kept as is"),
                CardDeclined { Category: var category } when string.IsNullOrWhiteSpace(category) => ("Category", category, "must be given; an unknown category is kept as is"),
                DisputeOpened { DisputeId: var id } when string.IsNullOrWhiteSpace(id) => ("DisputeId", id, "must be given"),
                DisputeOpened { Reason: null } => ("Reason", null, "must be given"),
                DisputeOpened { Reason: var reason } when reason.Family != ReasonFamily.Dispute && reason.Family != ReasonFamily.Internal
                    => ("Reason", reason.Name, "must be a reason of the dispute or internal-error family"),
                DisputeOpened { ItemIds: null } => ("ItemIds", null, "must not be null (empty for the whole account)"),
                DisputeClosed { DisputeId: var id } when string.IsNullOrWhiteSpace(id) => ("DisputeId", id, "must be given"),
                DeclaredReason { Reason: null } => ("Reason", null, "must be given"),
                ContactNote { Text: var note } when string.IsNullOrWhiteSpace(note) => ("Text", note, "must not be blank"),
                InsolvencyNotice { Proceeding: null } => ("Proceeding", null, "must be given"),
                InsolvencyNotice notice when notice.ClaimDeadline < notice.Date => ("ClaimDeadline", notice.ClaimDeadline, "must not be before the publication"),
                _ => default((string Field, object? Value, string Why)?),
            };
            if (problem is { } p)
            {
                (errors ??= new ValidationErrors()).Add($"signals[{i}].{p.Field}", p.Value, p.Why, p.Value is null ? ErrorCodes.Required : ErrorCodes.OutOfRange);
            }
        }

        return errors;
    }

    /// <summary>Gathers what each signal says into the reasons of <paramref name="work"/>.</summary>
    private void Find(ClassificationWork work, ReasonContext context)
    {
        var signals = work.Signals;
        var count = work.SignalCount;
        var since = DayNumber.Of(context.AsOf) - options.LookbackDays;
        var latestEnquiry = int.MinValue;
        var brokenPromises = 0;
        for (var i = 0; i < count; i++)
        {
            switch (signals[i])
            {
                case SolvencyEnquiry enquiry when enquiry.Day > latestEnquiry:
                    latestEnquiry = enquiry.Day;
                    break;
                case PromiseBroken promise when promise.Day > since:
                    brokenPromises++;
                    break;
            }
        }

        var insufficientFunds = 0;
        for (var i = 0; i < count; i++)
        {
            var signal = signals[i]!;
            var finding = signal switch
            {
                DirectDebitReturned returned when signal.Day > since => Rejection(returned.Known?.Reason),
                CardDeclined declined when signal.Day > since => Rejection(declined.Known?.Reason),
                DisputeOpened dispute when !ClosedLater(dispute, signals, count) => new ReasonFinding(dispute.Reason, ReasonConfidence.High),
                DeclaredReason declared => new ReasonFinding(declared.Reason, ReasonConfidence.Medium),
                InsolvencyNotice => new ReasonFinding(UnpaidReason.FormalProceedings, ReasonConfidence.Certain),
                SolvencyEnquiry { Outcome: SolvencyOutcome.Poor } enquiry when enquiry.Day == latestEnquiry => new ReasonFinding(UnpaidReason.ProbableInsolvency, ReasonConfidence.High),
                SolvencyEnquiry { Outcome: SolvencyOutcome.Doubtful } enquiry when enquiry.Day == latestEnquiry => new ReasonFinding(UnpaidReason.ProbableInsolvency, ReasonConfidence.Low),
                ContactDataMissing => new ReasonFinding(UnpaidReason.InvoiceNotReceived, ReasonConfidence.Low),
                ContactNote => new ReasonFinding(UnpaidReason.Unknown, ReasonConfidence.Low),
                PromiseBroken when signal.Day > since && brokenPromises >= options.BrokenPromisesForRefusal => new ReasonFinding(UnpaidReason.RefusalOrBadFaith, ReasonConfidence.Medium),
                _ => default(ReasonFinding?),
            };
            if (finding is { } found)
            {
                work.Add(found.Reason, found.Confidence, i);
                insufficientFunds += found.Reason.Value == UnpaidReason.InsufficientFunds.Value && IsRejection(signal) ? 1 : 0;
            }

            foreach (var rule in rules)
            {
                if (rule.Evaluate(signal, context) is { Reason: { } reason, Confidence: { } confidence })
                {
                    work.Add(reason, confidence, i);
                }
            }
        }

        if (insufficientFunds >= options.InsufficientFundsForProbableInsolvency)
        {
            // Money repeatedly missing on the account hints at more than a bad day.
            work.AddRejections(UnpaidReason.InsufficientFunds, UnpaidReason.ProbableInsolvency, ReasonConfidence.Low);
        }

        if (work.ReasonCount == 0 && context.DaysPastDue >= 1 && context.DaysPastDue <= options.OversightMaxDaysPastDue && context.ChronicallyLate != true)
        {
            work.Add(UnpaidReason.Forgot, ReasonConfidence.Medium, -1);
        }
    }

    /// <summary>A rejection with a known code says why for certain; an unknown code says little.</summary>
    private static ReasonFinding Rejection(UnpaidReason? mapped)
        => mapped is not null ? new ReasonFinding(mapped, ReasonConfidence.Certain) : new ReasonFinding(UnpaidReason.Unknown, ReasonConfidence.Low);

    private static bool IsRejection(ReasonSignal signal) => signal is DirectDebitReturned or CardDeclined;

    private static bool ClosedLater(DisputeOpened dispute, ReasonSignal?[] signals, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (signals[i] is DisputeClosed closed && closed.Day >= dispute.Day && string.Equals(closed.DisputeId, dispute.DisputeId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One classified reason per distinct reason found, in precedence order; unknown when none.</summary>
    private ClassifiedReason[] Merge(ClassificationWork work)
    {
        if (work.ReasonCount == 0)
        {
            return [new ClassifiedReason(UnpaidReason.Unknown, ReasonConfidence.Low, RankOf(UnpaidReason.Unknown), [])];
        }

        var merged = new ClassifiedReason[work.ReasonCount];
        for (var i = 0; i < merged.Length; i++)
        {
            ref readonly var found = ref work.Reasons[i];
            var evidence = work.Evidence(i);
            if (evidence.Length > 1)
            {
                Array.Sort(evidence, EvidenceOrder);
            }

            var agreed = evidence.Length >= 2 && found.Confidence.Value < ReasonConfidence.Certain.Value ? found.Confidence.Strengthened : found.Confidence;
            merged[i] = new ClassifiedReason(found.Reason, agreed, RankOf(found.Reason), evidence);
        }

        if (merged.Length > 1)
        {
            Array.Sort(merged, ResultOrder);
        }

        return merged;
    }

    private static int ResultOrder(ClassifiedReason a, ClassifiedReason b)
        => a.Precedence != b.Precedence ? a.Precedence.CompareTo(b.Precedence)
            : a.Confidence.Value != b.Confidence.Value ? b.Confidence.Value.CompareTo(a.Confidence.Value)
            : a.Reason.Value.CompareTo(b.Reason.Value);

    /// <summary>Oldest first; signals of one day by kind and description, so that input order never shows.</summary>
    private static int EvidenceOrder(ReasonSignal a, ReasonSignal b)
    {
        var byDate = a.Day.CompareTo(b.Day);
        if (byDate != 0)
        {
            return byDate;
        }

        var byKind = string.CompareOrdinal(a.GetType().FullName, b.GetType().FullName);
        return byKind != 0 ? byKind : string.CompareOrdinal(a.ToString(), b.ToString());
    }

    private int RankOf(UnpaidReason reason) => precedence.Count > 0 && precedence.TryGetValue(reason, out var rank) ? rank : reason.Precedence;

    private ReasonTreatment TreatmentOf(UnpaidReason reason) => treatments.Count > 0 && treatments.TryGetValue(reason, out var treatment) ? treatment : reason.Treatment;
}
