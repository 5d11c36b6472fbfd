using NodaTime;
using Recouvrement.Penalties;

namespace Recouvrement.Docs.Tests;

/// <summary>The samples of docs/penalties-rates.md.</summary>
public class RatesPage
{
    [Fact]
    public void A_host_adds_a_newly_published_rate()
    {
        // begin-snippet: add-rate
        // The Journal officiel publishes the legal rate for 2026 H2: add it, known until 31 December.
        var legalRate = ReferenceRates.FrenchLegalRateOtherCases
            .With(new RateChange(new LocalDate(2026, 7, 1), AnnualRate.FromPercent(2.50m)), new LocalDate(2026, 12, 31))
            .Value;

        // The ECB did not move: say so, and its last rate stays valid to the end of the year.
        var ecb = ReferenceRates.EcbMainRefinancingRate.ConfirmedUntil(new LocalDate(2026, 12, 31)).Value;

        var rate = legalRate.RateOn(new LocalDate(2026, 11, 22)); // 2.50 %
        // end-snippet

        Assert.Equal(AnnualRate.FromPercent(2.50m), rate.Value);
        Assert.True(ecb.RateOn(new LocalDate(2026, 11, 22)).IsSuccess);
    }
}
