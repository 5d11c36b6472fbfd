using Recouvrement.Communication;
using Recouvrement.Debtors;
using Recouvrement.Escalation;

namespace Recouvrement.Scheduling;

/// <summary>
/// The step names of a jurisdiction's ladders in its language, and the two ladders they make: one for businesses and
/// public buyers, one for consumers, each ending, for every amount, in a write-off proposal or the court procedure.
/// </summary>
/// <param name="Country">The ISO 3166 code the ladders follow.</param>
/// <param name="Key">The template keys' prefix ("de", "en-gb").</param>
/// <param name="FirstReminder">The first, courteous reminder.</param>
/// <param name="SecondReminder">The second, firm reminder.</param>
/// <param name="FormalNotice">The formal notice: the last letter before the agency or the court.</param>
/// <param name="WriteOff">The proposal to write off what would cost more to recover than it brings.</param>
/// <param name="Agency">The hand-over to a collection agency.</param>
/// <param name="Court">The court procedure: the order for payment, or the claim where there is none.</param>
internal sealed record LadderWords(string Country, string Key, string FirstReminder, string SecondReminder, string FormalNotice, string WriteOff, string Agency, string Court)
{
    /// <summary>Gets the days a consumer's first reminder must give before any cost (Belgium's free reminder: 14); the second reminder waits for them.</summary>
    public int FirstReminderGivesDays { get; init; }

    /// <summary>Gets the letter that must come first for a consumer (the Dutch fourteen-day letter, the English letter of claim); the formal notice when null.</summary>
    public string? ConsumerNotice { get; init; }

    /// <summary>Gets the days the formal notice gives to pay.</summary>
    public int NoticeDays { get; init; } = 8;

    /// <summary>Gets the days the consumer's notice gives (the law's), the formal notice's when zero.</summary>
    public int ConsumerNoticeDays { get; init; }

    /// <summary>Gets the channel of the consumer's notice: a registered letter unless the law asks for a plain letter by post.</summary>
    public StepChannel ConsumerNoticeChannel { get; init; } = StepChannel.RegisteredLetter;

    /// <summary>The ladder for businesses and public buyers: the agency from 500 and the court 30 days after the step before it.</summary>
    internal EscalationLadder Business(string name, Currency currency)
        => EscalationLadder.Builder(name, Country)
            .Remind(FirstReminder, 1, StepChannel.Email, Tone.Courteous, $"{Key}.b2b.reminder-1")
            .Remind(SecondReminder, 15, StepChannel.Email, Tone.Firm, $"{Key}.b2b.reminder-2")
            .FormalNotice(FormalNotice, 30, $"{Key}.b2b.formal-notice", s => s with { ResponseDays = NoticeDays })
            .ProposeWriteOff(WriteOff, 44, $"{Key}.b2b.write-off", s => s with { MaximumOverdue = new Money(100m, currency) })
            .HandToAgency(Agency, 45, $"{Key}.b2b.agency", s => s with { MinimumOverdue = new Money(500m, currency), DebtorKinds = [DebtorKind.Business] })
            .FileInCourt(Court, 30, $"{Key}.b2b.court", s => s with { AfterPreviousStep = true })
            .Build().Value;

    /// <summary>The ladder for consumers: digital reminders, the notice the law asks for, a write-off up to 150, then the court.</summary>
    internal EscalationLadder Consumer(string name, Currency currency)
        => EscalationLadder.Builder(name, Country)
            .Remind(FirstReminder, 3, StepChannel.Sms, Tone.Courteous, $"{Key}.consumer.reminder-1")
            .Remind(SecondReminder, 3 + System.Math.Max(7, FirstReminderGivesDays), StepChannel.Email, Tone.Firm, $"{Key}.consumer.reminder-2")
            .Add(new EscalationStep(ConsumerNotice ?? FormalNotice, StepKind.FormalNotice, 25, ConsumerNoticeChannel, Tone.Formal, $"{Key}.consumer.formal-notice")
            {
                ResponseDays = ConsumerNoticeDays > 0 ? ConsumerNoticeDays : NoticeDays,
            })
            .ProposeWriteOff(WriteOff, 45, $"{Key}.consumer.write-off", s => s with { MaximumOverdue = new Money(150m, currency) })
            .FileInCourt(Court, 30, $"{Key}.consumer.court", s => s with { AfterPreviousStep = true })
            .Build().Value;
}
