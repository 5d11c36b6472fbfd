using NodaTime;
using Recouvrement.Debtors;
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

/// <summary>The penalty sample of docs/penalties.md.</summary>
public class PenaltiesPage
{
    [Fact]
    public void A_first_penalty()
    {
        // begin-snippet: first-penalty
        var invoice = new LateInvoice("F-2025-0412", new Money(12_480m, Currency.EUR), new LocalDate(2025, 4, 30))
        {
            Settlements = [new Settlement(new LocalDate(2025, 6, 13), new Money(5_000m, Currency.EUR))],
        };

        var result = PenaltyCalculator.Calculate(
            invoice, Recouvrement.Debtors.DebtorKind.Business, LatePaymentRule.FranceBusiness(), new LocalDate(2025, 9, 30));

        if (result.IsSuccess)
        {
            Console.WriteLine(result.Value.Describe(new System.Globalization.CultureInfo("fr-FR"))); // ready for the letter
        }
        // end-snippet

        Assert.Equal(new Money(512.72m, Currency.EUR), result.Value.Total);
    }

    [Fact]
    public void Totals_for_a_whole_portfolio()
    {
        var rule = LatePaymentRule.FranceBusiness();
        var asOf = new LocalDate(2025, 9, 30);
        LateInvoice[] lateInvoices =
        [
            new("F-1", new Money(12_480m, Currency.EUR), new LocalDate(2025, 4, 30)),
            new("F-2", new Money(-1m, Currency.EUR), new LocalDate(2025, 4, 30)),
        ];
        var toPost = Money.Zero(Currency.EUR);
        var rejected = new List<IEnumerable<Ardalis.Result.ValidationError>>();

        // begin-snippet: total-only
        foreach (var invoice in lateInvoices)
        {
            if (PenaltyCalculator.TryCalculateTotal(invoice, DebtorKind.Business, rule, asOf, out var penalty, out _))
            {
                toPost += penalty.Total;
            }
            else
            {
                rejected.Add(PenaltyCalculator.Calculate(invoice, DebtorKind.Business, rule, asOf).ValidationErrors);
            }
        }
        // end-snippet

        // 12,480 × 13.15 % × 61 / 365 + 12,480 × 12.15 % × 92 / 365 = 656.47, plus the €40 compensation.
        Assert.Equal(new Money(696.47m, Currency.EUR), toPost);
        Assert.Single(rejected);
    }
}
