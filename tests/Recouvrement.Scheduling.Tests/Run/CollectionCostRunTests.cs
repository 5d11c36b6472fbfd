using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Debtors;
using Recouvrement.Escalation;
using static Recouvrement.Scheduling.Tests.LawFixtures;

namespace Recouvrement.Scheduling.Tests;

/// <summary>The collection costs a Dutch consumer owes once the fourteen-day letter went unanswered (BW 6:96(6)).</summary>
public class CollectionCostRunTests
{
    private static readonly LocalDate Letter = new(2026, 3, 7);

    private static readonly CaseEvent[] Reminded =
    [
        new StepTaken(new LocalDate(2026, 2, 13), "Betalingsherinnering", StepKind.Reminder) { Channel = StepChannel.Sms },
        new StepTaken(new LocalDate(2026, 2, 20), "Tweede herinnering", StepKind.Reminder) { Channel = StepChannel.Email },
        new StepTaken(Letter, "Veertiendagenbrief (art. 6:96 lid 6 BW)", StepKind.FormalNotice) { Channel = StepChannel.RegisteredLetter },
    ];

    private static List<RunAction> Costs(PortfolioEntry entry, LocalDate runDate)
        => [.. Run.Execute([entry], runDate).Where(a => a.Kind == RunActionKind.PostCollectionCosts)];

    [Fact]
    public void The_wik_costs_are_posted_once_the_fifteen_days_after_the_letter_have_passed()
    {
        var entry = Entry("N", DebtorKind.Consumer, "NL", new LocalDate(2026, 2, 10), 860m, Reminded);
        Assert.Empty(Costs(entry, Letter.PlusDays(15)));

        var costs = Assert.Single(Costs(entry, Letter.PlusDays(16)));
        Assert.Equal((new Money(129m, Currency.EUR), Letter.PlusDays(16), "K-N"), (costs.Amount, costs.DueOn, costs.Case!.Id));
        Assert.Contains("15\u00a0% of 860.00 EUR = 129.00 EUR", costs.CollectionCost!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Costs_charged_since_the_letter_are_not_charged_twice()
    {
        var entry = Entry("N", DebtorKind.Consumer, "NL", new LocalDate(2026, 2, 10), 860m, Reminded);
        var charged = entry with
        {
            Account = Account.Create(entry.Account.Debtor, [.. entry.Account.Entries, new Charge("WIK-1", Letter.PlusDays(16), Letter.PlusDays(30), new Money(129m, Currency.EUR), ChargeKind.Fee)]).Value,
        };
        Assert.Empty(Costs(charged, Letter.PlusDays(20)));
    }

    [Fact]
    public void No_costs_for_a_business_nor_while_the_debt_is_disputed_nor_under_a_law_without_a_scale()
    {
        Assert.Empty(Costs(Entry("B", DebtorKind.Business, "NL", new LocalDate(2026, 2, 10), 860m, [.. Reminded.Take(2), new StepTaken(Letter, "Ingebrekestelling", StepKind.FormalNotice) { Channel = StepChannel.RegisteredLetter }]), Letter.PlusDays(20)));
        Assert.Empty(Costs(Entry("D", DebtorKind.Consumer, "NL", new LocalDate(2026, 2, 10), 860m, [.. Reminded, new DisputeRaised(Letter.PlusDays(3), "D-1", "never delivered")]), Letter.PlusDays(20)));
        Assert.Empty(Costs(Entry("F", DebtorKind.Consumer, "FR", new LocalDate(2026, 2, 10), 860m, new StepTaken(Letter, "Formal notice", StepKind.FormalNotice) { Channel = StepChannel.RegisteredLetter }), Letter.PlusDays(20)));
    }
}
