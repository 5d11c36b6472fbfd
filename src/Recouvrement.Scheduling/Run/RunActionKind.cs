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
    public static readonly RunActionKind PenaltiesHeld = new(nameof(PenaltiesHeld), 6, "penalties held", "pénalités suspendues");

    /// <summary>
    /// The collection costs the debtor's law lets a creditor charge a consumer once the first letter went unanswered (the
    /// Dutch WIK scale after the fourteen-day letter), once per case; the breakdown is <see cref="RunAction.CollectionCost"/>.
    /// </summary>
    public static readonly RunActionKind PostCollectionCosts = new(nameof(PostCollectionCosts), 7, "post the collection costs", "passer les frais de recouvrement");

    private RunActionKind(string name, int value, string label, string frenchLabel)
        : base(name, value, label, frenchLabel)
    {
    }
}
