using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Recouvrement.Reasons;
using Snapshooter.Xunit;

namespace Recouvrement.Domain.Tests;

public class ReasonStatisticsTests
{
    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    private static readonly ReasonObservation[] Sample =
    [
        new("A-1", UnpaidReason.Forgot, Eur(120m), new LocalDate(2026, 9, 3)),
        new("A-2", UnpaidReason.ProductDefect, Eur(4_800m), new LocalDate(2026, 9, 15)),
        new("A-3", UnpaidReason.CardExpired, Eur(39.90m), new LocalDate(2026, 10, 1)),
        new("A-4", UnpaidReason.InsufficientFunds, Eur(59.90m), new LocalDate(2026, 10, 2)),
        new("A-5", UnpaidReason.JobLoss, Eur(1_250m), new LocalDate(2026, 10, 20)),
        new("A-6", UnpaidReason.Forgot, Eur(80m), new LocalDate(2026, 11, 4)),
    ];

    [Fact]
    public void Counts_and_amounts_per_reason_family_and_month()
    {
        var statistics = ReasonStatistics.Compute(Sample, Currency.EUR).Value;

        Assert.Equal((6, Eur(6_349.80m)), (statistics.Count, statistics.Total));
        Assert.Equal((ReasonFamily.Dispute, Eur(4_800m)), (statistics.ByFamily[0].Family, statistics.ByFamily[0].Amount));
        var forgot = statistics.ByReason.Single(r => r.Reason == UnpaidReason.Forgot);
        Assert.Equal((2, Eur(200m)), (forgot.Count, forgot.Amount));
        var october = statistics.ByPeriod.Where(p => p.PeriodStart == new LocalDate(2026, 10, 1)).ToArray();
        Assert.Equal([ReasonFamily.Hardship, ReasonFamily.PaymentFailure], october.Select(p => p.Family));
        Assert.Equal(1m, october.Sum(p => p.ShareOfAmount));
    }

    [Fact]
    public void The_table_reads_in_english_and_french()
    {
        var statistics = ReasonStatistics.Compute(Sample, Currency.EUR, StatisticsPeriod.Quarter).Value;
        Snapshot.Match(statistics.Describe(CultureInfo.InvariantCulture) + "\n\n" + statistics.Describe(new CultureInfo("fr-FR")));
    }

    [Fact]
    public void Bad_observations_are_all_listed()
    {
        ReasonObservation?[] observations = [null, new("A", UnpaidReason.Forgot, new Money(5m, Currency.GBP), new LocalDate(2026, 1, 1)), new("B", UnpaidReason.Forgot, Eur(-1m), new LocalDate(2026, 1, 1))];

        var result = ReasonStatistics.Compute(observations, Currency.EUR);

        Assert.Equal(["observations[0]", "observations[1].Amount", "observations[2].Amount"], result.ValidationErrors.Select(e => e.Identifier));
    }

    [KernelProperty(MaxTest = 100)]
    public Property Tallies_partition_the_count_and_the_amount()
        => Prop.ForAll(
            Gen.ListOf(
                from reason in Gen.Elements(UnpaidReason.List.ToArray())
                from cents in Gen.Choose(0, 10_000_000)
                from day in Gen.Choose(0, 800)
                select new ReasonObservation("A", reason, Eur(cents / 100m), new LocalDate(2025, 1, 1).PlusDays(day))).ToArbitrary(),
            observations =>
            {
                var statistics = ReasonStatistics.Compute(observations, Currency.EUR, StatisticsPeriod.Month).Value;
                foreach (var tallies in new[] { statistics.ByReason, statistics.ByFamily, statistics.ByPeriod })
                {
                    Assert.Equal(statistics.Count, tallies.Sum(t => t.Count));
                    Assert.Equal(statistics.Total, tallies.Aggregate(Eur(0m), (sum, t) => sum + t.Amount));
                }
            });
}
