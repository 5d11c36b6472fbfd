using NodaTime;
using Recouvrement.Penalties;

namespace Recouvrement.Domain.Tests;

public class ReferenceRateSeriesTests
{
    private static readonly ReferenceRateSeries Ecb = ReferenceRates.EcbMainRefinancingRate;

    public static TheoryData<string, int, int, int, decimal> PublishedRates() => new()
    {
        // ECB key rates page: the rate in force on 1 January / 1 July is what C. com. L441-10 uses.
        { nameof(ReferenceRates.EcbMainRefinancingRate), 2023, 1, 1, 2.50m },
        { nameof(ReferenceRates.EcbMainRefinancingRate), 2023, 7, 1, 4.00m },
        { nameof(ReferenceRates.EcbMainRefinancingRate), 2024, 1, 1, 4.50m },
        { nameof(ReferenceRates.EcbMainRefinancingRate), 2024, 7, 1, 4.25m },
        { nameof(ReferenceRates.EcbMainRefinancingRate), 2025, 1, 1, 3.15m },
        { nameof(ReferenceRates.EcbMainRefinancingRate), 2025, 7, 1, 2.15m },
        { nameof(ReferenceRates.EcbMainRefinancingRate), 2019, 1, 1, 0.00m },
        // Arrêtés on the legal rate: 2024 H1 8.01 % / 5.07 %, 2026 H1 6.67 % / 2.62 %, 2014 a single 0.04 %.
        { nameof(ReferenceRates.FrenchLegalRatePrivateCreditor), 2024, 3, 15, 8.01m },
        { nameof(ReferenceRates.FrenchLegalRateOtherCases), 2024, 3, 15, 5.07m },
        { nameof(ReferenceRates.FrenchLegalRatePrivateCreditor), 2026, 6, 30, 6.67m },
        { nameof(ReferenceRates.FrenchLegalRateOtherCases), 2026, 1, 1, 2.62m },
        { nameof(ReferenceRates.FrenchLegalRateOtherCases), 2014, 12, 31, 0.04m },
        // Bank of England: 5.25 % from 3 August 2023 to 31 July 2024.
        { nameof(ReferenceRates.BankOfEnglandBankRate), 2023, 12, 31, 5.25m },
        { nameof(ReferenceRates.BankOfEnglandBankRate), 2024, 8, 1, 5.00m },
        // Bundesbank: -0.88 % from 1 July 2016 to 31 December 2022, 3.62 % in 2024 H1.
        { nameof(ReferenceRates.GermanBaseRate), 2020, 6, 30, -0.88m },
        { nameof(ReferenceRates.GermanBaseRate), 2024, 1, 1, 3.62m },
    };

    [Theory]
    [MemberData(nameof(PublishedRates))]
    public void Shipped_rates_match_the_publications(string series, int year, int month, int day, decimal percent)
    {
        var data = (ReferenceRateSeries)typeof(ReferenceRates).GetProperty(series)!.GetValue(null)!;
        Assert.Equal(AnnualRate.FromPercent(percent), data.RateOn(new LocalDate(year, month, day)).Value);
    }

    [Fact]
    public void A_change_applies_from_its_effective_date()
    {
        Assert.Equal(AnnualRate.FromPercent(4.50m), Ecb.RateOn(new LocalDate(2024, 6, 11)).Value);
        Assert.Equal(AnnualRate.FromPercent(4.25m), Ecb.RateOn(new LocalDate(2024, 6, 12)).Value);
    }

    [Fact]
    public void A_date_after_the_known_data_is_an_error_unless_the_last_rate_is_carried_forward()
    {
        var late = new LocalDate(2026, 11, 22);

        var error = Assert.Single(Ecb.RateOn(late).ValidationErrors);
        Assert.Equal(ErrorCodes.MissingRate, error.ErrorCode);
        Assert.Equal(
            "date = 2026-11-22: is after the last known date of ECB main refinancing rate (2026-06-30): add the newly published rate, or confirm that the last one still holds (ConfirmedUntil)",
            error.ErrorMessage);
        Assert.Equal(AnnualRate.FromPercent(2.15m), Ecb.RateOn(late, carryForward: true).Value);
    }

    [Fact]
    public void A_date_before_the_first_rate_is_an_error()
        => Assert.Equal(ErrorCodes.OutOfRange, Assert.Single(Ecb.RateOn(new LocalDate(2000, 1, 1)).ValidationErrors).ErrorCode);

    [Fact]
    public void A_host_adds_a_newly_published_rate_without_changing_the_shipped_series()
    {
        var updated = ReferenceRates.FrenchLegalRateOtherCases
            .With(new RateChange(new LocalDate(2026, 7, 1), AnnualRate.FromPercent(2.50m)), new LocalDate(2026, 12, 31))
            .Value;

        Assert.Equal(AnnualRate.FromPercent(2.50m), updated.RateOn(new LocalDate(2026, 11, 22)).Value);
        Assert.False(ReferenceRates.FrenchLegalRateOtherCases.RateOn(new LocalDate(2026, 11, 22)).IsSuccess);
        Assert.Equal(AnnualRate.FromPercent(2.15m), Ecb.ConfirmedUntil(new LocalDate(2026, 12, 31)).Value.RateOn(new LocalDate(2026, 11, 22)).Value);
    }

    [Fact]
    public void History_cannot_be_rewritten_by_adding_a_rate()
    {
        var result = Ecb.With(new RateChange(new LocalDate(2020, 1, 1), AnnualRate.Zero));
        Assert.Equal(ErrorCodes.OutOfRange, Assert.Single(result.ValidationErrors).ErrorCode);
        Assert.Equal(ErrorCodes.OutOfRange, Assert.Single(Ecb.ConfirmedUntil(new LocalDate(2026, 1, 1)).ValidationErrors).ErrorCode);
    }

    [Fact]
    public void A_series_is_checked_as_a_whole()
    {
        var day = new LocalDate(2026, 1, 1);
        var result = ReferenceRateSeries.Create(
            " ",
            null,
            [new RateChange(day, AnnualRate.Zero), new RateChange(day, AnnualRate.FromPercent(1m)), null],
            new LocalDate(2025, 1, 1));

        Assert.Equal(["name", "source", "changes[2]", "changes", "knownUntil"], result.ValidationErrors.Select(e => e.Identifier));
    }

    [Fact]
    public void Changes_are_sorted_whatever_order_they_come_in()
    {
        var series = ReferenceRateSeries.Create(
            "Test",
            "Test data",
            [new RateChange(new LocalDate(2025, 7, 1), AnnualRate.FromPercent(2m)), new RateChange(new LocalDate(2025, 1, 1), AnnualRate.FromPercent(1m))],
            new LocalDate(2025, 12, 31)).Value;

        Assert.Equal(AnnualRate.FromPercent(1m), series.RateOn(new LocalDate(2025, 6, 30)).Value);
        Assert.Equal(AnnualRate.FromPercent(2m), series.RateOn(new LocalDate(2025, 7, 1)).Value);
    }
}
