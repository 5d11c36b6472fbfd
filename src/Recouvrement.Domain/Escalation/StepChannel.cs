namespace Recouvrement.Escalation;

/// <summary>How an escalation step reaches the debtor, or what it hands over.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class StepChannel : Vocabulary<StepChannel>
{
    /// <summary>An e-mail.</summary>
    public static readonly StepChannel Email = new(nameof(Email), 1, "email", "courriel");

    /// <summary>A text message.</summary>
    public static readonly StepChannel Sms = new(nameof(Sms), 2, "text message", "SMS");

    /// <summary>A letter.</summary>
    public static readonly StepChannel Letter = new(nameof(Letter), 3, "letter", "courrier");

    /// <summary>A registered letter with acknowledgement of receipt (<i>lettre recommandée avec accusé de réception</i>).</summary>
    public static readonly StepChannel RegisteredLetter = new(nameof(RegisteredLetter), 4, "registered letter", "lettre recommandée avec accusé de réception");

    /// <summary>A call, as a task for a collector.</summary>
    public static readonly StepChannel CallTask = new(nameof(CallTask), 5, "call task", "appel");

    /// <summary>A visit.</summary>
    public static readonly StepChannel Visit = new(nameof(Visit), 6, "visit", "visite");

    /// <summary>Handing the file to a collection agency.</summary>
    public static readonly StepChannel AgencyHandover = new(nameof(AgencyHandover), 7, "handover to a collection agency", "transmission à une société de recouvrement");

    /// <summary>Filing with a court (<i>injonction de payer</i>, summons).</summary>
    public static readonly StepChannel CourtFiling = new(nameof(CourtFiling), 8, "court filing", "saisine du tribunal");

    private StepChannel(string name, int value, string label, string frenchLabel)
        : base(name, value, label, frenchLabel)
    {
    }
}
