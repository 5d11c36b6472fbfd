namespace Recouvrement.Cases;

/// <summary>Why a case goes to a person for review (<see cref="CaseActionKind.ReviewCase"/>): the ladder has nothing more to send.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ReviewCause : Vocabulary<ReviewCause>
{
    /// <summary>Every step was taken: follow the last one (the court's order, the agency's report).</summary>
    public static readonly ReviewCause LadderComplete = new(nameof(LadderComplete), 1, "every step was taken: follow up the last one", "toutes les étapes sont passées : suivre la dernière");

    /// <summary>No step left applies to the case (thresholds, debtor kind, reason): decide what to do by hand.</summary>
    public static readonly ReviewCause NoStepApplies = new(nameof(NoStepApplies), 2, "no step left applies: decide by hand (settle, write off, sue)", "aucune étape restante ne s'applique : décider au cas par cas (transiger, passer en perte, assigner)");

    /// <summary>A write-off was proposed: record the manager's decision.</summary>
    public static readonly ReviewCause WriteOffProposed = new(nameof(WriteOffProposed), 3, "a write-off was proposed: record the decision", "passage en perte proposé : consigner la décision");

    /// <summary>
    /// The proof-of-claim deadline and the six months for relief from foreclosure have passed: the claim can no longer be
    /// admitted (C. com. L622-26); write it off.
    /// </summary>
    public static readonly ReviewCause ClaimForeclosed = new(nameof(ClaimForeclosed), 4, "the claim is foreclosed in the insolvency proceedings: write it off", "la créance est forclose dans la procédure collective : la passer en perte");

    /// <summary>
    /// A claim becomes time-barred soon: obtain an acknowledgement of the debt (a payment, a signed plan, a promise in
    /// writing), which starts the period again, or file a claim in court, which stops it.
    /// </summary>
    public static readonly ReviewCause LimitationNear = new(nameof(LimitationNear), 5, "the claim becomes time-barred: obtain an acknowledgement of the debt or file a claim in court before the deadline", "la créance va être prescrite : obtenir une reconnaissance de dette ou agir en justice avant l'échéance");

    /// <summary>A claim is time-barred: a court would dismiss it; ask for a voluntary payment or write it off.</summary>
    public static readonly ReviewCause TimeBarred = new(nameof(TimeBarred), 6, "the claim is time-barred: ask for a voluntary payment or write it off, do not sue", "la créance est prescrite : solliciter un paiement volontaire ou la passer en perte, ne pas assigner");

    private ReviewCause(string name, int value, string label, string frenchLabel)
        : base(name, value, label, frenchLabel)
    {
    }
}
