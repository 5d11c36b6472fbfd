using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Recouvrement.Accounts;
using static Recouvrement.Domain.Tests.AccountFixtures;

namespace Recouvrement.Domain.Tests;

public class AccountProperties
{
    private static readonly Arbitrary<(AccountEntry[] Entries, LocalDate AsOf)> Scenarios = AccountArbitraries.Scenario.ToArbitrary();

    private static AccountStatement Statement(AccountEntry[] entries, LocalDate asOf) => AccountOf(entries).AsOf(asOf);

    [KernelProperty]
    public Property Every_allocation_conserves_money()
        => Prop.ForAll(Scenarios, s =>
        {
            var statement = Statement(s.Entries, s.AsOf);
            foreach (var allocation in statement.Allocations)
            {
                var allocated = allocation.Lines.Aggregate(Eur(0m), (sum, l) => sum + l.Amount);
                Assert.Equal(allocation.Amount, allocated + allocation.Unallocated);
                Assert.False(allocation.Unallocated.IsNegative);
            }

            Assert.Equal(statement.Allocations.Aggregate(Eur(0m), (sum, a) => sum + a.Unallocated), statement.CreditBalance);
        });

    [KernelProperty]
    public Property Open_balance_is_invoiced_less_credited_paid_and_written_off()
        => Prop.ForAll(Scenarios, s =>
        {
            var statement = Statement(s.Entries, s.AsOf);
            Assert.Equal(statement.Invoiced + statement.Charged - statement.Credited - statement.Paid - statement.WrittenOff, statement.Open);
            Assert.Equal(statement.Items.Aggregate(Eur(0m), (sum, i) => sum + i.Open), statement.Open);
            Assert.All(statement.Items, i => Assert.False(i.Open.IsNegative));
            Assert.All(statement.Items, i => Assert.Equal(i.Open.IsZero, i.SettledOn is not null));
        });

    [KernelProperty]
    public Property Aging_buckets_partition_the_open_balance()
        => Prop.ForAll(Scenarios, s =>
        {
            var report = AgingReport.For(Statement(s.Entries, s.AsOf));
            Assert.Equal(report.Total, report.Totals.Aggregate(Eur(0m), (sum, b) => sum + b));
            Assert.Equal(report.Rows[0].Total, report.Rows[0].Buckets.Aggregate(Eur(0m), (sum, b) => sum + b));
        });

    [KernelProperty]
    public Property The_order_entries_arrive_in_does_not_matter()
        => Prop.ForAll(Scenarios, Gen.Choose(0, int.MaxValue).ToArbitrary(), (s, seed) =>
        {
            var shuffled = s.Entries.ToArray();
            new Random(seed).Shuffle(shuffled);
            var expected = Statement(s.Entries, s.AsOf);
            var actual = Statement(shuffled, s.AsOf);
            Assert.Equal(expected.Items, actual.Items);
            Assert.Equal(expected.Allocations.Select(a => a.ToString()), actual.Allocations.Select(a => a.ToString()));
        });
}
