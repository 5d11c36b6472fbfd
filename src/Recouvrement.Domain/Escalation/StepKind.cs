namespace Recouvrement.Escalation;

/// <summary>What an escalation step is, in the order the law and good practice require.</summary>
public enum StepKind
{
    /// <summary>An amicable reminder (<i>relance</i>), before or after the due date.</summary>
    Reminder,

    /// <summary>The formal notice (<i>mise en demeure</i>): the last amicable step, with a response deadline.</summary>
    FormalNotice,

    /// <summary>The file goes to a collection agency.</summary>
    Agency,

    /// <summary>The file goes to court: an order for payment (<i>injonction de payer</i>), a small-claims procedure, a claim.</summary>
    Court,

    /// <summary>
    /// A person decides whether to write the debt off (<i>passage en perte</i>): recovering it would cost more than it
    /// brings. It ends the ladder.
    /// </summary>
    WriteOff,
}
