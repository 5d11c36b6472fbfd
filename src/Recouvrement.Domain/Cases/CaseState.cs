namespace Recouvrement.Cases;

/// <summary>Where a collection case stands (<i>état du dossier</i>), derived from its events.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CaseState : Vocabulary<CaseState>
{
    /// <summary>Opened, nothing sent yet.</summary>
    public static readonly CaseState Open = new(nameof(Open), 1, "open", "ouvert");

    /// <summary>Reminders are going out (<i>en relance</i>).</summary>
    public static readonly CaseState Reminding = new(nameof(Reminding), 2, "reminding", "en relance");

    /// <summary>The debtor promised to pay by a date (<i>promesse de paiement</i>): dunning waits.</summary>
    public static readonly CaseState Promised = new(nameof(Promised), 3, "promised", "promesse de paiement");

    /// <summary>A payment plan (<i>échéancier</i>) replaces the ladder while it is kept.</summary>
    public static readonly CaseState InPlan = new(nameof(InPlan), 4, "in a payment plan", "échéancier en cours");

    /// <summary>At least one item is disputed (<i>en litige</i>): those items are not dunned.</summary>
    public static readonly CaseState Disputed = new(nameof(Disputed), 5, "disputed", "en litige");

    /// <summary>The formal notice (<i>mise en demeure</i>) was sent.</summary>
    public static readonly CaseState FormalNotice = new(nameof(FormalNotice), 6, "formal notice sent", "mis en demeure");

    /// <summary>The file is with a collection agency.</summary>
    public static readonly CaseState WithAgency = new(nameof(WithAgency), 7, "with a collection agency", "confié à une société de recouvrement");

    /// <summary>The file is in court (<i>contentieux</i>).</summary>
    public static readonly CaseState InCourt = new(nameof(InCourt), 8, "in court", "au contentieux");

    /// <summary>Insolvency proceedings are open (<i>procédure collective</i>): dunning stops.</summary>
    public static readonly CaseState InInsolvency = new(nameof(InInsolvency), 9, "in insolvency proceedings", "en procédure collective");

    /// <summary>Closed: paid in full.</summary>
    public static readonly CaseState ClosedPaid = new(nameof(ClosedPaid), 10, "closed, paid", "clos, payé");

    /// <summary>Closed: settled by agreement (<i>transaction</i>).</summary>
    public static readonly CaseState ClosedSettled = new(nameof(ClosedSettled), 11, "closed, settled", "clos, transigé");

    /// <summary>Closed: written off (<i>passé en perte</i>).</summary>
    public static readonly CaseState ClosedWrittenOff = new(nameof(ClosedWrittenOff), 12, "closed, written off", "clos, passé en perte");

    /// <summary>A manager is asked whether to write the debt off (<i>passage en perte proposé</i>): the ladder is over.</summary>
    public static readonly CaseState WriteOffProposed = new(nameof(WriteOffProposed), 13, "write-off proposed", "passage en perte proposé");

    private CaseState(string name, int value, string label, string frenchLabel)
        : base(name, value, label, frenchLabel)
    {
    }

    /// <summary>Gets a value indicating whether the case is closed.</summary>
    public bool IsClosed => Value >= ClosedPaid.Value && Value <= ClosedWrittenOff.Value;
}
