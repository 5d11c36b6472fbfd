namespace Recouvrement.Scheduling;

/// <summary>What a collection-run action is.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RunActionKind : Vocabulary<RunActionKind>
{
    /// <summary>A case action: a step to take, a task, a claim to file, a case to close, a survey to send (see <see cref="RunAction.CaseAction"/>).</summary>
    public static readonly RunActionKind Case = new(nameof(Case), 1, "case action", "action sur le dossier");

    /// <summary>The fixed compensation for recovery costs to post on a late invoice, once.</summary>
    public static readonly RunActionKind PostCompensation = new(nameof(PostCompensation), 2, "post the fixed compensation", "passer l'indemnité forfaitaire");

    /// <summary>Late-payment interest accrued since what was already posted.</summary>
    public static readonly RunActionKind PostInterest = new(nameof(PostInterest), 3, "post late-payment interest", "passer les pénalités de retard");

    /// <summary>A portfolio entry the run could not process, with the reason; the run goes on with the others.</summary>
    public static readonly RunActionKind Problem = new(nameof(Problem), 4, "entry rejected", "entrée rejetée");

    /// <summary>The fee of a step taken today (businesses only where the law forbids charging consumers), with the step.</summary>
    public static readonly RunActionKind PostFee = new(nameof(PostFee), 5, "post the step's fee", "passer les frais de l'étape");

    /// <summary>
    /// Late-payment penalties accrued on an invoice but not posted, and why (<see cref="RunAction.HeldBy"/>: a dispute,
    /// our own error, a plan kept, a forbearance): for information; posted once the hold ends without the debtor being right.
    /// </summary>
    public static readonly RunActionKind PenaltiesHeld = new(nameof(PenaltiesHeld), 6, "penalties held", "pénalités suspendues", informational: true);

    /// <summary>
    /// The collection costs the debtor's law lets a creditor charge a consumer once the first letter went unanswered (the
    /// Dutch WIK scale after the fourteen-day letter), once per case; the breakdown is <see cref="RunAction.CollectionCost"/>.
    /// </summary>
    public static readonly RunActionKind PostCollectionCosts = new(nameof(PostCollectionCosts), 7, "post the collection costs", "passer les frais de recouvrement");

    /// <summary>
    /// For information: a case that gets no step today, and why (<see cref="RunAction.Hold"/>: contact pressure, a promise
    /// pending, a plan kept, a dispute, no usable channel…), so that a silent day is explained. Nothing to do or record.
    /// </summary>
    public static readonly RunActionKind CaseHeld = new(nameof(CaseHeld), 8, "case held", "dossier en attente", informational: true);

    /// <summary>
    /// For information: a ladder step passed over for the debt's amount or the case's history, and why
    /// (<see cref="RunAction.Skipped"/>: below or above its thresholds, a firmer step called for after a broken promise or
    /// plan…). Nothing to do or record.
    /// </summary>
    public static readonly RunActionKind StepSkipped = new(nameof(StepSkipped), 9, "step skipped", "étape sautée", informational: true);

    /// <summary>
    /// Late-payment interest on <see cref="RunAction.ItemId"/> runs past the last day its reference rate is known
    /// (<see cref="RunAction.Problem"/> names the series and that day): nothing is posted for the invoice until the new
    /// rate is added or the host confirms the last one still holds (<c>ReferenceRateSeries.ConfirmedUntil</c>).
    /// </summary>
    public static readonly RunActionKind RatesUnknown = new(nameof(RatesUnknown), 10, "reference rate unknown", "taux de référence inconnu");

    private RunActionKind(string name, int value, string label, string frenchLabel, bool informational = false)
        : base(name, value, label, frenchLabel)
        => IsInformational = informational;

    /// <summary>Gets a value indicating whether the action only informs: nothing to do, post or record.</summary>
    public bool IsInformational { get; }
}
