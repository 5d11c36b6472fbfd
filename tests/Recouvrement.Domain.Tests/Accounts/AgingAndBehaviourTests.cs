using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Debtors;
using Snapshooter.Xunit;
using static Recouvrement.Domain.Tests.AccountFixtures;

namespace Recouvrement.Domain.Tests;

public class AgingAndBehaviourTests
{
    private static readonly AccountStatement Acme = AccountOf(
            Invoice("INV-1", D(1, 5), D(1, 20), 1_000m),
            Invoice("INV-2", D(2, 1), D(3, 3), 2_500m),
            Invoice("INV-3", D(3, 1), D(3, 31), 750.25m),
            Invoice("INV-4", D(4, 1), D(5, 1), 1_200m),
            Payment("PAY-1", D(3, 20), 400m))
        .AsOf(D(4, 15));

    private static readonly AccountStatement Bistro = Accounts.Account.Create(
            new Debtor("D-002", "Bistro du Port", DebtorKind.Business, "FR"),
            [Invoice("B-1", D(4, 1), D(4, 30), 180m), Payment("B-PAY", D(4, 2), 200m)])
        .Value.AsOf(D(4, 15));

    [Fact]
    public void Default_buckets_follow_the_balance_agee_usage()
    {
        Assert.Equal(["Not due", "1-30", "31-60", "61-90", "Over 90"], AgingBuckets.Default.Labels);
        Assert.Equal([0, 1, 1, 2, 3, 4], new[] { 0, 1, 30, 31, 90, 91 }.Select(AgingBuckets.Default.IndexOf));
    }

    [Fact]
    public void Buckets_are_configurable_and_checked()
    {
        Assert.Equal(["Not due", "1-15", "16-45", "Over 45"], AgingBuckets.Create([15, 45]).Value.Labels);
        Assert.Equal(
            ["upperBounds[1] = 10: must be greater than the bound before it (15)", "upperBounds[2] = 0: must be at least 1 day"],
            AgingBuckets.Create([15, 10, 0]).ValidationErrors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void A_bound_beyond_a_hundred_years_is_refused_not_a_crash()
    {
        Assert.Equal(
            ["upperBounds[0] = 2147483647: must be at most 36525 days (a hundred years)"],
            AgingBuckets.Create([int.MaxValue]).ValidationErrors.Select(e => e.ErrorMessage));
        Assert.Equal(["Not due", "1-36525", "Over 36525"], AgingBuckets.Create([36_525]).Value.Labels);
    }

    [Fact]
    public void An_aging_report_over_a_portfolio()
    {
        var report = AgingReport.Combine([Acme, Bistro]).Value;

        Assert.Equal(Acme.Open + Bistro.Open, report.Total);
        Assert.Equal(Eur(20m), report.CreditBalance);
        Snapshot.Match(report.ToString());
    }

    [Fact]
    public void Statements_of_other_dates_cannot_be_combined()
    {
        var result = AgingReport.Combine([Acme, AccountOf(Invoice("X", D(1, 1), D(1, 2), 1m)).AsOf(D(4, 16))]);
        Assert.Equal(ErrorCodes.CurrencyMismatch, Assert.Single(result.ValidationErrors).ErrorCode);
    }

    [Fact]
    public void Dso_standard_method()
    {
        // Open principal 5,050.25; sales of the 90 days to 15 April (16 Jan - 15 Apr): 2,500 + 750.25 + 1,200 = 4,450.25.
        var dso = DaysSalesOutstanding.Standard([Acme]).Value;
        Assert.Equal(5_050.25m / 4_450.25m * 90m, dso.Days);
        Assert.Equal(Eur(5_050.25m), dso.Receivables);
    }

    [Fact]
    public void Dso_over_a_calendar_period()
    {
        // The year to date, 1 January to 15 April (105 days): all four invoices, 5,450.25 of sales.
        var dso = DaysSalesOutstanding.StandardFrom([Acme], D(1, 1)).Value;
        Assert.Equal(5_050.25m / 5_450.25m * 105m, dso.Days);
        Assert.Contains("Sales from 2026-01-01 to 2026-04-15 (105 days): ", dso.ToString(), StringComparison.Ordinal);

        // The trailing 90 days are the period from 16 January.
        Assert.Equal(DaysSalesOutstanding.Standard([Acme]).Value.Days, DaysSalesOutstanding.StandardFrom([Acme], D(1, 16)).Value.Days);
        Assert.Equal("from", Assert.Single(DaysSalesOutstanding.StandardFrom([Acme], D(4, 16)).ValidationErrors).Identifier);
    }

    [Fact]
    public void Dso_countback_method_explains_each_month()
    {
        var dso = DaysSalesOutstanding.Countback([Acme]).Value;

        // April to date (15 days, 1,200), March (31 days, 750.25), February (28 days, 2,500): 4,450.25 covered;
        // 600 left against January's 1,000 = 18.6 of its 31 days.
        Assert.Equal(15m + 31m + 28m + (600m / 1_000m * 31m), dso.Days);
        Snapshot.Match(dso.ToString());
    }

    [Fact]
    public void Dso_without_sales_is_undefined_not_zero()
        => Assert.Equal(ErrorCodes.OutOfRange, Assert.Single(DaysSalesOutstanding.Standard([Acme], periodDays: 5).ValidationErrors).ErrorCode);

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(36_526)]
    public void A_dso_period_beyond_a_hundred_years_is_refused_not_a_crash(int periodDays)
    {
        var refused = Assert.Single(DaysSalesOutstanding.Standard([Acme], periodDays).ValidationErrors);
        Assert.Equal(("periodDays", ErrorCodes.OutOfRange), (refused.Identifier, refused.ErrorCode));
        Assert.Equal($"periodDays = {periodDays}: must be from 1 to 36525 days (a hundred years)", refused.ErrorMessage);
    }

    [Fact]
    public void A_dso_period_before_the_calendars_first_day_is_refused()
    {
        var early = LocalDate.MinIsoValue.PlusDays(10);
        var statement = AccountOf(Invoice("X", LocalDate.MinIsoValue, early, 100m)).AsOf(early);
        Assert.Equal(
            "periodDays = 90: reaches before -9998-01-01, the calendar's first day (at most 11 days here)",
            Assert.Single(DaysSalesOutstanding.Standard([statement]).ValidationErrors).ErrorMessage);
        Assert.True(DaysSalesOutstanding.Standard([statement], 11).IsSuccess);
    }

    [Fact]
    public void Dso_countback_stops_at_the_calendars_first_month_and_refuses_more_than_a_hundred_years()
    {
        var early = LocalDate.MinIsoValue.PlusDays(40);
        // Sales of 100 on 5 January and 10 February −9998 cover the receivables only with January, the calendar's first month.
        var statement = AccountOf(Invoice("X", LocalDate.MinIsoValue.PlusDays(4), early, 100m), Invoice("Y", early, early, 100m)).AsOf(early);
        var dso = DaysSalesOutstanding.Countback([statement], 1_200).Value;
        Assert.Equal(41m, dso.Days);
        Assert.Equal(
            "maxMonths = 2147483647: must be from 1 to 1200 months (a hundred years)",
            Assert.Single(DaysSalesOutstanding.Countback([Acme], int.MaxValue).ValidationErrors).ErrorMessage);
    }

    [Fact]
    public void A_debtor_paying_late_more_and_more_is_chronically_late()
    {
        var statement = AccountOf(
                Invoice("I1", D(1, 1), D(1, 31), 1_000m), Payment("P1", D(1, 31), 1_000m),
                Invoice("I2", D(2, 1), D(2, 28), 1_000m), Payment("P2", D(3, 5), 1_000m),
                Invoice("I3", D(3, 1), D(3, 31), 2_000m), Payment("P3", D(4, 30), 2_000m),
                Invoice("I4", D(4, 1), D(4, 30), 3_000m), Payment("P4", D(6, 15), 3_000m))
            .AsOf(D(6, 30));

        var behaviour = PaymentBehaviour.Of(statement);

        Assert.Equal(4, behaviour.PaidItems);
        Assert.Equal(3, behaviour.PaidLate);
        Assert.Equal(0.75m, behaviour.ShareLate);
        Assert.Equal((0m + 5m + 30m + 46m) / 4m, behaviour.AverageDaysLate);
        Assert.Equal(((5m * 1_000m) + (30m * 2_000m) + (46m * 3_000m)) / 7_000m, behaviour.WeightedDaysLate);
        Assert.Equal(PaymentTrend.Worsening, behaviour.Trend);
        Assert.True(behaviour.IsChronicallyLate);
    }

    [Fact]
    public void Thresholds_are_configurable()
    {
        var statement = AccountOf(Invoice("I1", D(1, 1), D(1, 31), 100m), Payment("P1", D(2, 3), 100m)).AsOf(D(3, 1));

        Assert.Equal(1, PaymentBehaviour.Of(statement).PaidLate);
        Assert.Equal(0, PaymentBehaviour.Of(statement, new PaymentBehaviourOptions { GraceDays = 5 }).PaidLate);
        Assert.False(PaymentBehaviour.Of(statement, new PaymentBehaviourOptions { MinimumPaidItems = 1, WeightedDaysLateThreshold = 4m }).IsChronicallyLate);
        Assert.True(PaymentBehaviour.Of(statement, new PaymentBehaviourOptions { MinimumPaidItems = 1, WeightedDaysLateThreshold = 3m }).IsChronicallyLate);
        Assert.Throws<ArgumentException>(() => PaymentBehaviour.Of(statement, new PaymentBehaviourOptions { LateShareThreshold = 2m }));
    }
}
