using Recouvrement.Accounts;
using static Recouvrement.Domain.Tests.AccountFixtures;

namespace Recouvrement.Domain.Tests;

/// <summary>How a debtor's payment behaviour is judged and explained, at each threshold.</summary>
public class PaymentBehaviourTests
{
    /// <summary>An account whose n-th invoice (1,000, due the 10th of month n) was paid the given days late.</summary>
    private static AccountStatement PaidLate(params int[] daysLate)
    {
        var entries = new List<AccountEntry>();
        for (var i = 0; i < daysLate.Length; i++)
        {
            var due = D(i + 1, 10);
            entries.Add(Invoice($"I{i + 1}", D(i + 1, 1), due, 1_000m));
            entries.Add(Payment($"P{i + 1}", due.PlusDays(daysLate[i]), 1_000m));
        }

        return AccountOf([.. entries]).AsOf(D(12, 31));
    }

    [Fact]
    public void A_chronically_late_payer_is_explained_figure_by_figure()
    {
        var behaviour = PaymentBehaviour.Of(PaidLate(0, 10, 20, 30));

        Assert.Equal(
            [
                "3 of 4 paid items settled late (75%)",
                "Average 15.0 days late, 15.0 weighted by amount",
                "Trend: Worsening",
                "Chronically late: at least 50% paid late and 15 days late by amount",
            ],
            behaviour.Reasons);
    }

    [Fact]
    public void Too_few_items_or_too_little_lateness_is_said_so()
    {
        Assert.Equal("Too few paid items for a verdict (fewer than 3)", PaymentBehaviour.Of(PaidLate(30, 30)).Reasons[^1]);
        Assert.Equal("Not chronically late", PaymentBehaviour.Of(PaidLate(1, 1, 1)).Reasons[^1]);
        Assert.Equal(["No item settled by payment yet"], PaymentBehaviour.Of(AccountOf(Invoice("I1", D(1, 1), D(1, 10), 100m)).AsOf(D(3, 1))).Reasons);
    }

    [Fact]
    public void Each_threshold_holds_at_its_value()
    {
        var statement = PaidLate(15, 15, 0, 0);

        Assert.False(PaymentBehaviour.Of(statement).IsChronicallyLate);
        Assert.False(PaymentBehaviour.Of(statement, new PaymentBehaviourOptions { LateShareThreshold = 0.51m, WeightedDaysLateThreshold = 7.5m }).IsChronicallyLate);
        Assert.False(PaymentBehaviour.Of(statement, new PaymentBehaviourOptions { WeightedDaysLateThreshold = 7.51m }).IsChronicallyLate);
        Assert.True(PaymentBehaviour.Of(statement, new PaymentBehaviourOptions { WeightedDaysLateThreshold = 7.5m }).IsChronicallyLate);
        Assert.True(PaymentBehaviour.Of(statement, new PaymentBehaviourOptions { MinimumPaidItems = 4, WeightedDaysLateThreshold = 0m }).IsChronicallyLate);
        Assert.False(PaymentBehaviour.Of(statement, new PaymentBehaviourOptions { MinimumPaidItems = 5, WeightedDaysLateThreshold = 0m }).IsChronicallyLate);
        Assert.Equal(2, PaymentBehaviour.Of(statement, new PaymentBehaviourOptions { GraceDays = 14 }).PaidLate);
        Assert.Equal(0, PaymentBehaviour.Of(statement, new PaymentBehaviourOptions { GraceDays = 15 }).PaidLate);
    }

    [Theory]
    [InlineData(new[] { 0, 0, 5, 5 }, "Worsening")]
    [InlineData(new[] { 5, 5, 0, 0 }, "Improving")]
    [InlineData(new[] { 0, 1, 4, 5 }, "Stable")]
    [InlineData(new[] { 5, 4, 1, 0 }, "Stable")]
    [InlineData(new[] { 0, 9, 9 }, "NotEnoughData")]
    [InlineData(new[] { 0, 0, 99, 5, 5 }, "Worsening")]
    public void The_trend_compares_the_recent_half_with_the_older_half(int[] daysLate, string trend)
        => Assert.Equal(trend, PaymentBehaviour.Of(PaidLate(daysLate)).Trend.ToString());

    [Fact]
    public void A_trend_of_exactly_the_trend_days_counts_and_a_hair_less_does_not()
    {
        var statement = PaidLate(0, 0, 5, 5);

        Assert.Equal(PaymentTrend.Worsening, PaymentBehaviour.Of(statement, new PaymentBehaviourOptions { TrendDays = 5m }).Trend);
        Assert.Equal(PaymentTrend.Stable, PaymentBehaviour.Of(statement, new PaymentBehaviourOptions { TrendDays = 5.01m }).Trend);
    }

    [Fact]
    public void Options_out_of_range_are_programmer_errors_and_their_bounds_pass()
    {
        var statement = PaidLate(1, 2, 3);
        PaymentBehaviourOptions[] refused =
        [
            new() { GraceDays = -1 },
            new() { MinimumPaidItems = 0 },
            new() { LateShareThreshold = -0.01m },
            new() { LateShareThreshold = 1.01m },
            new() { WeightedDaysLateThreshold = -0.01m },
            new() { TrendDays = 0m },
        ];

        Assert.All(refused, o => Assert.Equal("options", Assert.Throws<ArgumentException>(() => PaymentBehaviour.Of(statement, o)).ParamName));
        Assert.Equal(3, PaymentBehaviour.Of(statement, new PaymentBehaviourOptions { GraceDays = 0, MinimumPaidItems = 1, LateShareThreshold = 0m, WeightedDaysLateThreshold = 0m, TrendDays = 0.01m }).PaidItems);
        Assert.True(PaymentBehaviour.Of(statement, new PaymentBehaviourOptions { LateShareThreshold = 1m, WeightedDaysLateThreshold = 0m }).IsChronicallyLate);
    }
}
