using Recouvrement.Debtors;

namespace Recouvrement.Escalation;

/// <summary>How an escalation step reaches the debtor, or what it hands over.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class StepChannel : Vocabulary<StepChannel>
{
    /// <summary>An e-mail.</summary>
    public static readonly StepChannel Email = new(nameof(Email), 1, "email", "courriel", ContactChannel.Email);

    /// <summary>A text message.</summary>
    public static readonly StepChannel Sms = new(nameof(Sms), 2, "text message", "SMS", ContactChannel.Sms);

    /// <summary>A letter.</summary>
    public static readonly StepChannel Letter = new(nameof(Letter), 3, "letter", "courrier", ContactChannel.Letter);

    /// <summary>A registered letter with acknowledgement of receipt (<i>lettre recommandée avec accusé de réception</i>).</summary>
    public static readonly StepChannel RegisteredLetter = new(nameof(RegisteredLetter), 4, "registered letter", "lettre recommandée avec accusé de réception", ContactChannel.RegisteredLetter);

    /// <summary>A call, as a task for a collector.</summary>
    public static readonly StepChannel CallTask = new(nameof(CallTask), 5, "call task", "appel", ContactChannel.PhoneCall);

    /// <summary>A visit.</summary>
    public static readonly StepChannel Visit = new(nameof(Visit), 6, "visit", "visite", ContactChannel.Letter);

    /// <summary>Handing the file to a collection agency.</summary>
    public static readonly StepChannel AgencyHandover = new(nameof(AgencyHandover), 7, "handover to a collection agency", "transmission à une société de recouvrement", null);

    /// <summary>Filing with a court (<i>injonction de payer</i>, summons).</summary>
    public static readonly StepChannel CourtFiling = new(nameof(CourtFiling), 8, "court filing", "saisine du tribunal", null);

    /// <summary>A decision for a manager, nothing sent to the debtor: the write-off proposal.</summary>
    public static readonly StepChannel ManagerReview = new(nameof(ManagerReview), 9, "review by a manager", "revue par un responsable", null);

    private StepChannel(string name, int value, string label, string frenchLabel, ContactChannel? reaches)
        : base(name, value, label, frenchLabel)
        => Reaches = reaches;

    /// <summary>The channel that reaches the debtor through <paramref name="reaches"/>: a phone call is a call task.</summary>
    internal static StepChannel For(ContactChannel reaches)
        => reaches == ContactChannel.Email ? Email
            : reaches == ContactChannel.Sms ? Sms
            : reaches == ContactChannel.PhoneCall ? CallTask
            : reaches == ContactChannel.RegisteredLetter ? RegisteredLetter
            : Letter;

    /// <summary>Gets the debtor's contact data the step needs (a visit needs the postal address); null when it hands the file over.</summary>
    public ContactChannel? Reaches { get; }
}
