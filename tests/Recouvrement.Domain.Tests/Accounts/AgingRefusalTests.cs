using Recouvrement.Accounts;
using static Recouvrement.Domain.Tests.AccountFixtures;

namespace Recouvrement.Domain.Tests;

/// <summary>Aging and DSO: their explanations read whole, their refusals worded, their bounds accepted.</summary>
public class AgingRefusalTests
{
    private static readonly AccountStatement Acme = AccountOf(
            Invoice("INV-1", D(1, 5), D(1, 20), 1_000m),
            Invoice("INV-2", D(2, 1), D(3, 3), 2_500m),
            Payment("PAY-1", D(3, 20), 400m))
        .AsOf(D(4, 15));

    private static string Refusals<T>(Ardalis.Result.Result<T> result)
        => string.Join("\n", result.ValidationErrors.Select(e => $"{e.ErrorCode} {e.ErrorMessage}"));

    [Fact]
    public void The_standard_method_shows_its_three_steps()
    {
        var dso = DaysSalesOutstanding.StandardFrom([Acme], D(2, 1)).Value;

        Assert.Equal(
            [
                "Receivables (open principal) on 2026-04-15: 3100.00 EUR",
                "Sales from 2026-02-01 to 2026-04-15 (74 days): 2500.00 EUR",
                "3100.00 EUR / 2500.00 EUR x 74 = 91.8 days",
            ],
            dso.Steps);
        Assert.StartsWith("DSO (Standard): 91.8 days", dso.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Countback_says_what_is_older_than_the_months_it_walked()
    {
        var dso = DaysSalesOutstanding.Countback([Acme], maxMonths: 1).Value;

        Assert.Equal(
            [
                "Receivables (open principal) on 2026-04-15: 3100.00 EUR",
                "2026-04-01..2026-04-15: sales 0.00 EUR covered in full, +15 days",
                "3100.00 EUR of receivables is older than the sales of the last 1 months",
                "DSO = 15.0 days",
            ],
            dso.Steps);
    }

    [Fact]
    public void Statements_missing_null_or_of_another_date_are_refused()
    {
        var later = AccountOf(Invoice("X", D(1, 1), D(1, 2), 1m)).AsOf(D(4, 16));

        Assert.Equal("required statements = 0: must hold at least one statement and no null", Refusals(DaysSalesOutstanding.Standard(null)));
        Assert.Equal("required statements = 2: must hold at least one statement and no null", Refusals(DaysSalesOutstanding.Countback([Acme, null!])));
        Assert.Equal("currency-mismatch statements[1] = \"D-001\": differs from the first statement in date or currency", Refusals(DaysSalesOutstanding.StandardFrom([Acme, later], D(1, 1))));
        Assert.Equal("required statements = null: must hold at least one statement", Refusals(AgingReport.Combine([])));
        Assert.Equal("required statements[1] = null: must not be null", Refusals(AgingReport.Combine([Acme, null!])));
        Assert.Equal("required upperBounds = null: must hold at least one bound", Refusals(AgingBuckets.Create([])));
    }

    [Fact]
    public void A_period_without_sales_or_starting_after_the_date_is_refused()
    {
        Assert.Equal("out-of-range statements = \"2026-04-11..2026-04-15\": holds no sales in the period: DSO is undefined", Refusals(DaysSalesOutstanding.Standard([Acme], 5)));
        Assert.Equal("out-of-range from = 2026-04-16: is after the statements' date (2026-04-15)", Refusals(DaysSalesOutstanding.StandardFrom([Acme], D(4, 16))));
        Assert.True(DaysSalesOutstanding.StandardFrom([AccountOf(Invoice("X", D(4, 15), D(4, 30), 10m)).AsOf(D(4, 15))], D(4, 15)).IsSuccess);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(1_200, true)]
    [InlineData(1_201, false)]
    public void Countback_walks_from_1_to_1200_months(int maxMonths, bool accepted)
        => Assert.Equal(accepted, DaysSalesOutstanding.Countback([Acme], maxMonths).IsSuccess);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(36_525, true)]
    public void The_standard_period_runs_from_1_day(int periodDays, bool accepted)
    {
        var statement = AccountOf(Invoice("X", D(4, 15), D(4, 30), 10m)).AsOf(D(4, 15));
        Assert.Equal(accepted, DaysSalesOutstanding.Standard([statement], periodDays).IsSuccess);
    }
}
