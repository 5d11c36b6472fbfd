using System.Reflection;
using System.Text;
using NodaTime;
using Recouvrement.Penalties;
using Snapshooter.Xunit;

namespace Recouvrement.Domain.Tests;

/// <summary>The shipped rate series as a reviewer checks them against the publications, and the refusals of a series.</summary>
public class ReferenceRateWordingTests
{
    private static readonly LocalDate Jan1 = new(2025, 1, 1);

    [Fact]
    public void Every_shipped_series_lists_its_name_source_and_rates()
    {
        var text = new StringBuilder();
        foreach (var property in typeof(ReferenceRates).GetProperties(BindingFlags.Public | BindingFlags.Static).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var series = (ReferenceRateSeries)property.GetValue(null)!;
            text.Append(property.Name).Append(": ").Append(series.Name).Append('\n')
                .Append("  source: ").Append(series.Source).Append('\n')
                .Append("  known until: ").Append(series.KnownUntil.ToString("yyyy-MM-dd", null)).Append('\n');
            foreach (var change in series.Changes)
            {
                text.Append("  ").Append(change.EffectiveFrom.ToString("yyyy-MM-dd", null)).Append(' ').Append(change.Rate).Append('\n');
            }
        }

        Snapshot.Match(text.ToString());
    }

    [Fact]
    public void A_series_names_every_problem_with_its_parts()
    {
        var result = ReferenceRateSeries.Create(" ", "", [new RateChange(Jan1, AnnualRate.FromPercent(3m)), null, new RateChange(Jan1, AnnualRate.FromPercent(4m))], Jan1.PlusDays(-1));

        Assert.Equal(
            [
                "required name = \" \": must not be blank",
                "required source = \"\": must name where the figures come from",
                "required changes[1] = null: must not be null",
                "conflict changes = 2025-01-01: holds two rates from the same date",
                "out-of-range knownUntil = 2024-12-31: is before the last change (2025-01-01)",
            ],
            result.ValidationErrors.Select(e => $"{e.ErrorCode} {e.ErrorMessage}"));
        Assert.Equal(
            "changes = 0: must hold at least one rate",
            Assert.Single(ReferenceRateSeries.Create("ECB", "ECB", [], Jan1).ValidationErrors).ErrorMessage);
    }

    [Fact]
    public void A_series_known_until_its_last_change_is_accepted_and_trimmed()
    {
        var series = ReferenceRateSeries.Create(" ECB ", " ecb.europa.eu ", [new RateChange(Jan1, AnnualRate.FromPercent(3m))], Jan1).Value;

        Assert.Equal(("ECB", "ecb.europa.eu", Jan1), (series.Name, series.Source, series.KnownUntil));
    }

    [Fact]
    public void A_new_rate_comes_after_the_last_and_a_confirmation_does_not_go_back()
    {
        var series = ReferenceRateSeries.Create("ECB", "ECB", [new RateChange(Jan1, AnnualRate.FromPercent(3m))], Jan1.PlusDays(10)).Value;

        Assert.Equal("change = null: must be given", Assert.Single(series.With(null).ValidationErrors).ErrorMessage);
        Assert.Equal(
            "change = 2025-01-01: must come after the last change of ECB (2025-01-01); build a new series to correct history",
            Assert.Single(series.With(new RateChange(Jan1, AnnualRate.FromPercent(2m))).ValidationErrors).ErrorMessage);
        var next = series.With(new RateChange(Jan1.PlusDays(1), AnnualRate.FromPercent(2m))).Value;
        Assert.Equal(Jan1.PlusDays(10), next.KnownUntil);
        Assert.Equal(Jan1.PlusDays(20), series.With(new RateChange(Jan1.PlusDays(20), AnnualRate.FromPercent(2m))).Value.KnownUntil);
        Assert.Equal(Jan1.PlusDays(30), series.With(new RateChange(Jan1.PlusDays(20), AnnualRate.FromPercent(2m)), Jan1.PlusDays(30)).Value.KnownUntil);

        Assert.Equal(
            "knownUntil = 2025-01-10: is before the date already known (2025-01-11)",
            Assert.Single(series.ConfirmedUntil(Jan1.PlusDays(9)).ValidationErrors).ErrorMessage);
        Assert.Equal(Jan1.PlusDays(10), series.ConfirmedUntil(Jan1.PlusDays(10)).Value.KnownUntil);
    }

    [Fact]
    public void A_rate_is_known_from_the_first_change_to_the_known_date()
    {
        var series = ReferenceRateSeries.Create("ECB", "ECB", [new RateChange(Jan1, AnnualRate.FromPercent(3m))], Jan1.PlusDays(10)).Value;

        Assert.Equal(AnnualRate.FromPercent(3m), series.RateOn(Jan1).Value);
        Assert.Equal(AnnualRate.FromPercent(3m), series.RateOn(Jan1.PlusDays(10)).Value);
        Assert.Equal(AnnualRate.FromPercent(3m), series.RateOn(Jan1.PlusDays(11), carryForward: true).Value);
        var before = Assert.Single(series.RateOn(Jan1.PlusDays(-1)).ValidationErrors);
        Assert.Equal(("date = 2024-12-31: is before the first rate of ECB (2025-01-01)", ErrorCodes.OutOfRange), (before.ErrorMessage, before.ErrorCode));
        var after = Assert.Single(series.RateOn(Jan1.PlusDays(11)).ValidationErrors);
        Assert.Equal(
            ("date = 2025-01-12: is after the last known date of ECB (2025-01-11): add the newly published rate, or confirm that the last one still holds (ConfirmedUntil)", ErrorCodes.MissingRate),
            (after.ErrorMessage, after.ErrorCode));
    }
}
