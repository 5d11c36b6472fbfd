namespace Recouvrement.Cases;

/// <summary>Why a ladder step was passed over.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class SkipCause : Vocabulary<SkipCause>
{
    /// <summary>The overdue amount is below the step's minimum.</summary>
    public static readonly SkipCause BelowStepMinimum = new(nameof(BelowStepMinimum), 1, "below the step's minimum amount", "sous le montant minimum de l'étape");

    /// <summary>The overdue amount is below the policy's threshold for an agency or the court.</summary>
    public static readonly SkipCause BelowPolicyThreshold = new(nameof(BelowPolicyThreshold), 2, "below the threshold for this step", "sous le seuil fixé pour cette étape");

    /// <summary>The step is for other debtor kinds.</summary>
    public static readonly SkipCause OtherDebtorKind = new(nameof(OtherDebtorKind), 3, "for other kinds of debtor", "réservée à d'autres débiteurs");

    /// <summary>The step is for other unpaid reasons.</summary>
    public static readonly SkipCause OtherReason = new(nameof(OtherReason), 4, "for other unpaid reasons", "réservée à d'autres motifs d'impayé");

    /// <summary>A reminder before the due date, and the due date has passed.</summary>
    public static readonly SkipCause DueDatePassed = new(nameof(DueDatePassed), 5, "the due date has passed", "l'échéance est passée");

    /// <summary>A broken plan resumes the ladder at a firmer step than the last one taken.</summary>
    public static readonly SkipCause PlanBroken = new(nameof(PlanBroken), 6, "the plan was broken: the ladder resumes at a firmer step", "échéancier rompu : la relance reprend à une étape plus ferme");

    /// <summary>
    /// The step's minimum or maximum amount is in another currency than the account's: it cannot be checked without an
    /// exchange rate, so the step is not taken (a ladder of euro thresholds must not send a small sterling debt to court).
    /// </summary>
    public static readonly SkipCause ThresholdInOtherCurrency = new(nameof(ThresholdInOtherCurrency), 7, "its amount threshold is in another currency", "son seuil de montant est dans une autre devise");

    /// <summary>A promise to pay was broken: no courteous reminder again (seed 003: a broken promise hardens the tone).</summary>
    public static readonly SkipCause PromiseBroken = new(nameof(PromiseBroken), 8, "a promise was broken: no courteous reminder again", "promesse non tenue : plus de relance courtoise");

    /// <summary>The unpaid reason calls for a firmer step (<see cref="Reasons.ReasonTreatment.SkipsRemindersUpTo"/>): refusal, probable insolvency.</summary>
    public static readonly SkipCause ReasonHardens = new(nameof(ReasonHardens), 9, "the unpaid reason calls for a firmer step", "le motif d'impayé appelle une étape plus ferme");

    /// <summary>The overdue amount is above the step's maximum (a small-claims procedure for a large debt).</summary>
    public static readonly SkipCause AboveStepMaximum = new(nameof(AboveStepMaximum), 10, "above the step's maximum amount", "au-dessus du montant maximum de l'étape");

    private SkipCause(string name, int value, string label, string frenchLabel)
        : base(name, value, label, frenchLabel)
    {
    }
}
