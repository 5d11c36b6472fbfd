using NodaTime;
using Recouvrement.Accounts;
using Snapshooter.Xunit;
using static Recouvrement.Domain.Tests.AccountFixtures;

namespace Recouvrement.Domain.Tests;

public class AllocationStrategyTests
{
    // Three due debts (two of the same age) and one not yet due on 1 April 2026.
    private static readonly AccountEntry[] Debts =
    [
        Invoice("OLD", D(1, 5), D(2, 4), 400m),
        Invoice("TWIN-A", D(1, 20), D(2, 19), 300m),
        Invoice("TWIN-B", D(1, 20), D(2, 19), 100m),
        Invoice("NOT-DUE", D(3, 15), D(4, 14), 500m),
    ];

    private static AccountStatement Pay(IPaymentAllocationStrategy? strategy, decimal amount, params string[] designated)
        => AccountOf(strategy, [.. Debts, Payment("PAY", D(4, 1), amount, designated)]).AsOf(D(4, 1));

    [Fact]
    public void Civil_code_settles_due_debts_before_debts_not_yet_due()
    {
        var statement = Pay(PaymentAllocationStrategies.FrenchCivilCode, 800m);

        Assert.Equal(Eur(0m), statement.Item("OLD").Open);
        Assert.Equal(Eur(0m), statement.Item("TWIN-A").Open);
        Assert.Equal(Eur(0m), statement.Item("TWIN-B").Open);
        Assert.Equal(Eur(500m), statement.Item("NOT-DUE").Open);
    }

    [Fact]
    public void Civil_code_settles_the_oldest_due_debt_first()
    {
        var statement = Pay(PaymentAllocationStrategies.FrenchCivilCode, 300m);

        Assert.Equal(Eur(100m), statement.Item("OLD").Open);
        Assert.Equal(Eur(300m), statement.Item("TWIN-A").Open);
    }

    [Fact]
    public void Civil_code_shares_pro_rata_between_debts_equally_old()
    {
        var statement = Pay(PaymentAllocationStrategies.FrenchCivilCode, 600m);

        // 400 to OLD, then 200 shared 3:1 between the twins.
        Assert.Equal(Eur(150m), statement.Item("TWIN-A").Open);
        Assert.Equal(Eur(50m), statement.Item("TWIN-B").Open);
        Assert.All(statement.Allocations.Single().Lines.Skip(1), l => Assert.EndsWith("pro rata", l.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void The_debtors_designation_comes_first()
    {
        var statement = Pay(PaymentAllocationStrategies.Default, 600m, "NOT-DUE");

        Assert.Equal(Eur(0m), statement.Item("NOT-DUE").Open);
        Assert.Equal(Eur(300m), statement.Item("OLD").Open);
    }

    [Fact]
    public void Charges_are_settled_before_principal()
    {
        var account = AccountOf(
            Invoice("INV", D(1, 5), D(2, 4), 1_000m),
            new Charge("INT", D(3, 31), D(3, 31), Eur(25.50m), ChargeKind.Interest) { InvoiceId = "INV" },
            Payment("PAY", D(4, 1), 100m));
        var lines = account.AsOf(D(4, 1)).Allocations.Single().Lines;

        Assert.Equal(["INT", "INV"], lines.Select(l => l.ItemId));
        Assert.Equal([Eur(25.50m), Eur(74.50m)], lines.Select(l => l.Amount));
        Assert.StartsWith("charge before principal (C. civ. 1343-1)", lines[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Oldest_due_first_ignores_whether_debts_are_due()
    {
        var statement = Pay(PaymentAllocationStrategies.OldestDueFirst, 500m);
        Assert.Equal(Eur(0m), statement.Item("OLD").Open);
        Assert.Equal(Eur(200m), statement.Item("TWIN-A").Open);
    }

    [Fact]
    public void Proportional_shares_by_open_amounts()
    {
        var statement = Pay(PaymentAllocationStrategies.Proportional, 130m);
        Assert.Equal([Eur(360m), Eur(270m), Eur(90m), Eur(450m)], statement.Items.Select(i => i.Open));
    }

    [Fact]
    public void A_host_plugs_in_its_own_strategy()
    {
        var statement = Pay(new LargestFirst(), 450m);
        Assert.Equal(Eur(50m), statement.Item("NOT-DUE").Open);
        Assert.Equal("Largest open amount first", statement.Allocations.Single().Rule);
    }

    [Theory]
    [InlineData("more than is open")]
    [InlineData("a fraction of a cent")]
    [InlineData("an item never offered")]
    [InlineData("another currency")]
    [InlineData("more than the payment")]
    [InlineData("no list")]
    public void A_strategy_returning_an_impossible_line_is_a_programmer_error(string fault)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Pay(new Faulty(fault), 100m));
        Assert.Contains("'Faulty'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_allocation_explains_itself()
        => Snapshot.Match(Pay(PaymentAllocationStrategies.Default, 650m).Allocations.Single().ToString());

    [Fact]
    public void A_host_strategy_may_keep_the_items_it_was_offered()
    {
        // Behind the library's designation rule, the host's strategy is offered what each payment found open.
        var keeper = new Keeper();
        AccountOf(
            PaymentAllocationStrategies.Designated(keeper),
            [.. Debts, Payment("PAY-1", D(4, 1), 400m), Payment("PAY-2", D(4, 2), 100m), Payment("PAY-3", D(4, 3), 50m)]).AsOf(D(4, 3));

        Assert.Equal(
            [
                "OLD 400.00, TWIN-A 300.00, TWIN-B 100.00, NOT-DUE 500.00",
                "TWIN-A 300.00, TWIN-B 100.00, NOT-DUE 500.00",
                "TWIN-A 200.00, TWIN-B 100.00, NOT-DUE 500.00",
            ],
            keeper.Offered.Select(items => string.Join(", ", items.Select(i => $"{i.Id} {i.Open.Amount:0.00}"))));
    }

    /// <summary>Keeps every list it is given and settles the first item offered.</summary>
    private sealed class Keeper : IPaymentAllocationStrategy
    {
        public List<IReadOnlyList<OpenItem>> Offered { get; } = [];

        public string Name => "Keeper";

        public IReadOnlyList<AllocationLine> Allocate(Money amount, LocalDate paymentDate, IReadOnlyList<OpenItem> openItems, IReadOnlyList<string> designatedIds)
        {
            Offered.Add(openItems);
            return [new AllocationLine(openItems[0].Id, Money.Min(amount, openItems[0].Open), "first offered")];
        }
    }

    private sealed class LargestFirst : IPaymentAllocationStrategy
    {
        public string Name => "Largest open amount first";

        public IReadOnlyList<AllocationLine> Allocate(Money amount, LocalDate paymentDate, IReadOnlyList<OpenItem> openItems, IReadOnlyList<string> designatedIds)
        {
            var largest = openItems.OrderByDescending(i => i.Open).First();
            return [new AllocationLine(largest.Id, Money.Min(amount, largest.Open), "largest first")];
        }
    }

    private sealed class Faulty(string fault) : IPaymentAllocationStrategy
    {
        public string Name => "Faulty";

        public IReadOnlyList<AllocationLine> Allocate(Money amount, LocalDate paymentDate, IReadOnlyList<OpenItem> openItems, IReadOnlyList<string> designatedIds)
        {
            var item = openItems[0];
            return fault switch
            {
                "more than is open" => [new AllocationLine(item.Id, item.Open + amount, fault)],
                "a fraction of a cent" => [new AllocationLine(item.Id, Eur(0.005m), fault)],
                "an item never offered" => [new AllocationLine("INV-404", Eur(1m), fault)],
                "another currency" => [new AllocationLine(item.Id, new Money(1m, Currency.GBP), fault)],
                "no list" => null!,
                _ => [.. openItems.Select(i => new AllocationLine(i.Id, i.Open, fault))],
            };
        }
    }
}
