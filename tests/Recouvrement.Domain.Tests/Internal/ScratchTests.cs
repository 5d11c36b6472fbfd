using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Debtors;
using Recouvrement.Internal;
using Recouvrement.Penalties;
using Recouvrement.Reasons;
using static Recouvrement.Domain.Tests.AccountFixtures;

namespace Recouvrement.Domain.Tests;

public class ScratchTests
{
    [Fact]
    public void A_table_rented_while_the_threads_own_is_out_is_a_new_one_and_both_come_back_cleared()
    {
        var outer = Scratch<Table>.Rent();
        outer.Items.Add("outer");
        var inner = Scratch<Table>.Rent();

        Assert.NotSame(outer, inner);
        Assert.Empty(inner.Items);
        Scratch<Table>.Return(inner);
        Assert.Equal(["outer"], outer.Items);
        Scratch<Table>.Return(outer);
        Assert.Empty(outer.Items);
        Assert.Same(outer, Scratch<Table>.Rent());
    }

    [Fact]
    public void A_host_strategy_that_calls_the_kernel_during_an_allocation_leaves_the_callers_tables_alone()
    {
        // Each allocation of the outer statement draws up another account, a penalty breakdown and a classification on
        // the same thread: every kind of pooled table is rented again while the outer statement holds its own.
        var reentrant = new Reentrant();
        var entries = Entries("A");
        var quiet = AccountOf(new Reentrant { Quiet = true }, entries).AsOf(D(6, 30));
        var busy = AccountOf(reentrant, entries).AsOf(D(6, 30));

        Assert.Equal(Describe(quiet), Describe(busy));
        Assert.True(reentrant.Calls > 0);
        Assert.All(reentrant.Inner, inner => Assert.Equal(Reentrant.Expected.Value, inner));
    }

    private static AccountEntry[] Entries(string prefix) =>
    [
        Invoice($"{prefix}-1", D(1, 5), D(2, 4), 400m),
        Invoice($"{prefix}-2", D(1, 20), D(2, 19), 300.10m),
        Invoice($"{prefix}-3", D(3, 1), D(3, 31), 99.99m),
        Payment($"{prefix}-P1", D(3, 2), 250m),
        Payment($"{prefix}-P2", D(4, 2), 333.33m),
        Payment($"{prefix}-P3", D(5, 2), 100m),
    ];

    private static string Describe(AccountStatement statement)
        => string.Join("; ", statement.Items.Select(i => $"{i.Id} {i.Open}"))
            + " | " + string.Join("; ", statement.Allocations.SelectMany(a => a.Lines.Select(l => $"{a.SourceId}→{l.ItemId} {l.Amount}")));

    private sealed class Table : IScratchTable
    {
        public List<string> Items { get; } = [];

        public void Clear() => Items.Clear();
    }

    /// <summary>Settles by the civil code, after calling the kernel (unless quiet).</summary>
    private sealed class Reentrant : IPaymentAllocationStrategy
    {
        public static readonly Lazy<string> Expected = new(Work);

        public bool Quiet { get; init; }

        public int Calls { get; private set; }

        public List<string> Inner { get; } = [];

        public string Name => "Civil code, after other work";

        public IReadOnlyList<AllocationLine> Allocate(Money amount, LocalDate paymentDate, IReadOnlyList<OpenItem> openItems, IReadOnlyList<string> designatedIds)
        {
            if (!Quiet)
            {
                Calls++;
                Inner.Add(Work());
            }

            return PaymentAllocationStrategies.FrenchCivilCode.Allocate(amount, paymentDate, openItems, designatedIds);
        }

        private static string Work()
        {
            var other = AccountOf(Entries("B")).AsOf(D(6, 30));
            var late = new LateInvoice("B-1", Eur(400m), D(2, 4)) { Settlements = [new Settlement(D(3, 2), Eur(250m)), new Settlement(D(2, 20), Eur(50m))] };
            var breakdown = PenaltyCalculator.Calculate(late, DebtorKind.Business, LatePaymentRule.FranceBusiness(), D(6, 30)).Value;
            var split = Eur(100m).Allocate([1m, 1m, 1m]);
            var reasons = ReasonClassifier.Default.Classify(
                [new DirectDebitReturned(D(3, 2), "AM04"), new DirectDebitReturned(D(4, 2), "MS03")],
                new ReasonContext(D(6, 30)) { DaysPastDue = 40 }).Value;
            return $"{Describe(other)} / {breakdown.Interest} {string.Join(",", breakdown.Lines.Select(l => l.Amount))} / {string.Join(",", split)} / {reasons}";
        }
    }
}
