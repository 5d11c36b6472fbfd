using Recouvrement.Communication;

namespace Recouvrement.Escalation;

/// <summary>
/// Example ladders for France, one per usual segment (seed 000 §3, seed 002 §1: a consumer owing €20 on a phone bill is
/// not a company owing €50,000). Hosts copy and adapt them; the template keys are placeholders.
/// </summary>
/// <remarks>
/// Every ladder ends, for every amount, with a court step or a write-off proposal: the order for payment
/// (<i>injonction de payer</i>, C. proc. civ. 1405, no threshold), the simplified procedure for small claims up to
/// €5,000 before it (<i>procédure simplifiée de recouvrement des petites créances</i>, C. proc. civ. exécution L125-1,
/// R125-1: the debtor agrees to a plan before a commissaire de justice, who issues an enforceable title), and a
/// write-off proposal where recovery would cost more than the debt. The order for payment comes 30 days after the step
/// before it: the agency's for a large debt, the small-claims procedure's month for the debtor to agree for a smaller one.
/// </remarks>
public static class EscalationLadders
{
    private static readonly Money SmallClaimsCeiling = new(5_000m, Currency.EUR);

    /// <summary>Gets the ladder for a consumer owing a small amount: digital channels, courteous, a formal notice, then the small-claims procedure, or a write-off proposal up to €150.</summary>
    public static EscalationLadder ConsumerSmallAmount { get; } = EscalationLadder.Builder("Consumer, small amount", "FR")
        .Remind("Pre-due reminder", -3, StepChannel.Email, Tone.Courteous, "consumer.pre-due")
        .Remind("First reminder", 3, StepChannel.Sms, Tone.Courteous, "consumer.reminder-1")
        .Remind("Second reminder", 10, StepChannel.Email, Tone.Firm, "consumer.reminder-2")
        .FormalNotice("Formal notice", 25, "consumer.formal-notice")
        .ProposeWriteOff("Write-off proposal", 45, "consumer.write-off", s => s with { MaximumOverdue = new Money(150m, Currency.EUR) })
        .FileInCourt("Procédure simplifiée (petites créances)", 46, "consumer.small-claims", s => s with { MaximumOverdue = SmallClaimsCeiling })
        .FileInCourt("Injonction de payer", 30, "consumer.court", s => s with { AfterPreviousStep = true })
        .Build().Value;

    /// <summary>Gets the ladder for a consumer repaying instalment credit: early calls to agree a plan before the formal notice, then an agency and the courts.</summary>
    public static EscalationLadder ConsumerInstalmentCredit { get; } = EscalationLadder.Builder("Consumer, instalment credit", "FR")
        .Remind("Missed instalment", 2, StepChannel.Sms, Tone.Courteous, "credit.missed")
        .Remind("Call to agree a plan", 7, StepChannel.CallTask, Tone.Empathetic, "credit.call")
        .Remind("Reminder letter", 20, StepChannel.Letter, Tone.Firm, "credit.letter")
        .FormalNotice("Formal notice", 35, "credit.formal-notice", s => s with { RequiresApproval = true })
        .ProposeWriteOff("Write-off proposal", 50, "credit.write-off", s => s with { MaximumOverdue = new Money(150m, Currency.EUR) })
        .HandToAgency("Collection agency", 51, "credit.agency", s => s with { MinimumOverdue = new Money(300m, Currency.EUR) })
        .FileInCourt("Procédure simplifiée (petites créances)", 81, "credit.small-claims", s => s with { MaximumOverdue = SmallClaimsCeiling, MinimumGapDays = 30 })
        .FileInCourt("Injonction de payer", 30, "credit.court", s => s with { AfterPreviousStep = true })
        .Build().Value;

    /// <summary>Gets the standard business ladder: reminders from the day after the due date (the €40 compensation of D441-5 is the penalty calculation's, not a step fee), an agency from €500, then the courts.</summary>
    public static EscalationLadder BusinessStandard { get; } = EscalationLadder.Builder("Business, standard", "FR")
        .Remind("First reminder", 1, StepChannel.Email, Tone.Courteous, "b2b.reminder-1")
        .Remind("Call", 10, StepChannel.CallTask, Tone.Courteous, "b2b.call")
        .Remind("Second reminder", 20, StepChannel.Email, Tone.Firm, "b2b.reminder-2")
        .FormalNotice("Formal notice", 30, "b2b.formal-notice")
        .ProposeWriteOff("Write-off proposal", 44, "b2b.write-off", s => s with { MaximumOverdue = new Money(100m, Currency.EUR) })
        .HandToAgency("Collection agency", 45, "b2b.agency", s => s with { MinimumOverdue = new Money(500m, Currency.EUR) })
        .FileInCourt("Procédure simplifiée (petites créances)", 75, "b2b.small-claims", s => s with { MaximumOverdue = SmallClaimsCeiling, MinimumGapDays = 20 })
        .FileInCourt("Injonction de payer", 30, "b2b.court", s => s with { AfterPreviousStep = true })
        .Build().Value;

    /// <summary>Gets the ladder for a key account: personal calls by the account manager, every step approved, the courts last.</summary>
    public static EscalationLadder BusinessKeyAccount { get; } = EscalationLadder.Builder("Business, key account", "FR")
        .Remind("Account manager's call", 3, StepChannel.CallTask, Tone.Courteous, "key.call-1", s => s with { RequiresApproval = true })
        .Remind("Finance director's letter", 15, StepChannel.Letter, Tone.Firm, "key.letter", s => s with { RequiresApproval = true })
        .FormalNotice("Formal notice", 40, "key.formal-notice", s => s with { RequiresApproval = true, ResponseDays = 15 })
        .FileInCourt("Procédure simplifiée (petites créances)", 70, "key.small-claims", s => s with { MaximumOverdue = SmallClaimsCeiling })
        .FileInCourt("Injonction de payer", 30, "key.court", s => s with { AfterPreviousStep = true })
        .Build().Value;

    /// <summary>Gets the ladder for a public authority: letters to the accounting officer, a formal notice, then the court.</summary>
    public static EscalationLadder PublicAuthority { get; } = EscalationLadder.Builder("Public authority", "FR")
        .Remind("Reminder to the accounting officer", 5, StepChannel.Letter, Tone.Courteous, "public.reminder")
        .Remind("Second reminder", 30, StepChannel.Letter, Tone.Firm, "public.reminder-2")
        .FormalNotice("Formal notice", 60, "public.formal-notice", s => s with { ResponseDays = 30 })
        .FileInCourt("Administrative court", 120, "public.court")
        .Build().Value;
}
