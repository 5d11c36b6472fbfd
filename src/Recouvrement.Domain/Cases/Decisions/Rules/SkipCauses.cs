using System.Linq;
using Recouvrement.Escalation;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>Why a ladder step whose day has come does not apply to the case: no level is passed over without a stated cause.</summary>
internal static class SkipCauses
{
    /// <summary>The cause for passing over <paramref name="step"/>, or null when it applies.</summary>
    internal static SkippedStep? Of(CaseDecisionContext context, EscalationStep step)
    {
        var amount = step.IsBeforeDue ? context.PursuedOpen : context.Pursued;
        var kind = context.Statement.Debtor.Kind;
        var reason = context.Reason;
        var threshold = step.Kind switch
        {
            StepKind.Agency => context.Policy.AgencyMinimum,
            StepKind.Court => context.Policy.CourtMinimum,
            _ => null,
        };
        return step switch
        {
            { IsBeforeDue: true } when context.AsOf > context.Reference => new SkippedStep(step, SkipCause.DueDatePassed) { Detail = Iso.Date(context.Reference) },
            { DebtorKinds.Count: > 0 } when !step.DebtorKinds.Contains(kind) => new SkippedStep(step, SkipCause.OtherDebtorKind) { Detail = kind.Name },
            { Reasons.Count: > 0 } when reason is null || !step.Reasons.Contains(reason) => new SkippedStep(step, SkipCause.OtherReason) { Detail = reason?.Name ?? "unknown" },
            { MinimumOverdue: { } minimum } when minimum.Currency != amount.Currency => new SkippedStep(step, SkipCause.ThresholdInOtherCurrency) { Detail = $"{minimum}, the account in {amount.Currency.Code}" },
            { MinimumOverdue: { } minimum } when amount < minimum => new SkippedStep(step, SkipCause.BelowStepMinimum) { Detail = $"{amount} < {minimum}" },
            { MinimumOverduePercent: { } percent } when amount.Amount * 100m < percent * context.PursuedOpen.Amount => new SkippedStep(step, SkipCause.BelowStepMinimum) { Detail = $"{amount} < {percent.ToString(System.Globalization.CultureInfo.InvariantCulture)} % of {context.PursuedOpen}" },
            { MaximumOverdue: { } maximum } when maximum.Currency != amount.Currency => new SkippedStep(step, SkipCause.ThresholdInOtherCurrency) { Detail = $"{maximum}, the account in {amount.Currency.Code}" },
            { MaximumOverdue: { } maximum } when amount > maximum => new SkippedStep(step, SkipCause.AboveStepMaximum) { Detail = $"{amount} > {maximum}" },
            _ when threshold is { } t && t.Currency == amount.Currency && amount < t => new SkippedStep(step, SkipCause.BelowPolicyThreshold) { Detail = $"{amount} < {t}" },
            { Kind: StepKind.Reminder } when context.FirmerThan is { } firmer && step.Tone.Value <= firmer.Value => new SkippedStep(step, context.HardenedBy!) { Detail = step.Tone.Name },
            _ => null,
        };
    }
}
