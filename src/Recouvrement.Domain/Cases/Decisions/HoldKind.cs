namespace Recouvrement.Cases;

/// <summary>Why a case, or some of its items, waits.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class HoldKind : Vocabulary<HoldKind>
{
    /// <summary>The case is closed.</summary>
    public static readonly HoldKind Closed = new(nameof(Closed), 1, "the case is closed", "dossier clos", true);

    /// <summary>Insolvency proceedings stop individual pursuit (C. com. L622-21).</summary>
    public static readonly HoldKind Insolvency = new(nameof(Insolvency), 2, "insolvency proceedings stop dunning", "la procédure collective suspend les poursuites", true);

    /// <summary>A payment plan replaces the ladder while it is kept.</summary>
    public static readonly HoldKind Plan = new(nameof(Plan), 3, "a payment plan is running", "un échéancier est en cours", true);

    /// <summary>The debtor promised to pay; the ladder waits until the date plus the grace days.</summary>
    public static readonly HoldKind Promise = new(nameof(Promise), 4, "promise to pay", "promesse de paiement", true);

    /// <summary>Disputed items are not dunned; the others are.</summary>
    public static readonly HoldKind Dispute = new(nameof(Dispute), 5, "items under dispute", "factures en litige", false);

    /// <summary>The debtor has a right to the formal notice's response period.</summary>
    public static readonly HoldKind NoticeResponse = new(nameof(NoticeResponse), 6, "response period of the formal notice", "délai de réponse à la mise en demeure", true);

    /// <summary>The contact-pressure limit is reached: the step waits until the rolling window frees a contact.</summary>
    public static readonly HoldKind ContactPressure = new(nameof(ContactPressure), 7, "contact-pressure limit reached", "limite de sollicitations atteinte", true);

    /// <summary>The step's channel and its fallbacks are unusable: contact data is missing.</summary>
    public static readonly HoldKind NoUsableChannel = new(nameof(NoUsableChannel), 8, "no usable channel", "aucun canal utilisable", true);

    /// <summary>
    /// The unpaid reason's treatment pauses the whole account (hardship: a plan is to be offered; insolvency proceedings
    /// known from a published notice before the case records them).
    /// </summary>
    public static readonly HoldKind ReasonPause = new(nameof(ReasonPause), 9, "the unpaid reason pauses dunning", "le motif d'impayé suspend les relances", true);

    /// <summary>
    /// The unpaid reason's first action comes before any reminder (a failed payment presented again, a payment link):
    /// the ladder waits for it, then for the days its treatment gives (<see cref="Reasons.ReasonTreatment.LadderWaitsDays"/>).
    /// </summary>
    public static readonly HoldKind ReasonFirst = new(nameof(ReasonFirst), 10, "the unpaid reason is dealt with first", "le motif d'impayé est traité d'abord", true);

    /// <summary>The items concern an error of ours (billing, delivery): nothing goes to the debtor until it is corrected.</summary>
    public static readonly HoldKind OurError = new(nameof(OurError), 11, "our own error is being corrected", "notre erreur est en cours de correction", false);

    /// <summary>
    /// The ladder has nothing more for the case (its last step taken, a write-off proposed, or no step left that applies):
    /// it waits for its next review by a person.
    /// </summary>
    public static readonly HoldKind AwaitingReview = new(nameof(AwaitingReview), 12, "the ladder is over: awaiting the next review", "l'échelle est terminée : en attente de la prochaine revue", true);

    private HoldKind(string name, int value, string label, string frenchLabel, bool stopsLadder)
        : base(name, value, label, frenchLabel)
        => StopsLadder = stopsLadder;

    /// <summary>Gets a value indicating whether the hold stops every ladder step, not only some items.</summary>
    public bool StopsLadder { get; }
}
