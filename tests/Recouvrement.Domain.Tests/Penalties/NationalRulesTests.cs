using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Penalties;

namespace Recouvrement.Domain.Tests;

/// <summary>The late-payment rules of the jurisdictions beyond France's businesses, against their published rates and examples.</summary>
public class NationalRulesTests
{
    private static readonly Money Forty = new(40m, Currency.EUR);

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    private static PenaltyBreakdown Compute(LateInvoice invoice, DebtorKind kind, LatePaymentRule rule, LocalDate asOf)
    {
        var result = PenaltyCalculator.Calculate(invoice, kind, rule, asOf);
        Assert.True(result.IsSuccess, string.Join("; ", result.ValidationErrors.Select(e => e.ErrorMessage)));
        return result.Value;
    }

    private static LateInvoice Invoice(decimal amount, LocalDate due) => new("F", new Money(amount, Currency.EUR), due);

    [Fact]
    public void A_french_public_buyer_owes_the_ecb_rate_of_the_half_year_interest_started_plus_8_points()
    {
        // C. commande publique R2192-31: the ECB rate in force on the first day of the half-year in which interest started
        // (2.15 % on 1 January 2026) + 8 points = 10.15 %: 12,400 × 10.15 % × 67 / 365 = 231.03 EUR, and 40 EUR (D2192-35).
        var breakdown = Compute(Invoice(12_400m, D(2026, 2, 7)), DebtorKind.PublicAuthority, LatePaymentRule.FrancePublicBuyer(), D(2026, 4, 15));
        Assert.Equal((new Money(231.03m, Currency.EUR), Forty), (breakdown.Interest, breakdown.Compensation));

        // Fixed for the life of the debt: late from 21 June 2025, still at 3.15 % + 8 in 2026 (not 2.15 % + 8).
        var long_ = Compute(Invoice(10_000m, D(2025, 6, 20)), DebtorKind.PublicAuthority, LatePaymentRule.FrancePublicBuyer(), D(2026, 3, 31));
        Assert.All(long_.Lines, l => Assert.Equal(AnnualRate.FromPercent(11.15m), l.Period.Rate));
        Assert.False(PenaltyCalculator.Calculate(Invoice(100m, D(2026, 2, 7)), DebtorKind.Business, LatePaymentRule.FrancePublicBuyer(), D(2026, 4, 15)).IsSuccess);
    }

    [Theory]
    [InlineData(2023, 3, 10.5)] // ECB 2.50 % on 1 January 2023: 10.50 %, as published
    [InlineData(2024, 9, 12.5)] // ECB 4.25 % on 1 July 2024: 12.25 % rounded up to 12.50 %, as published
    [InlineData(2026, 3, 10.5)] // ECB 2.15 % on 1 January 2026: 10.15 % rounded up to 10.50 %, as published
    public void The_belgian_rate_is_the_ecb_rate_plus_8_rounded_up_to_the_next_half_point(int year, int month, double expected)
    {
        // Law of 2 August 2002 art. 5; the half-year rates the SPF Finances published in the Moniteur belge.
        var breakdown = Compute(Invoice(10_000m, D(year, month, 1)), DebtorKind.Business, LatePaymentRule.Belgium(), D(year, month, 20));
        Assert.Equal(AnnualRate.FromPercent((decimal)expected), Assert.Single(breakdown.Lines).Period.Rate);
        Assert.Equal(Forty, breakdown.Compensation);
    }

    [Fact]
    public void The_belgian_rounding_is_explained()
    {
        var breakdown = Compute(Invoice(10_000m, D(2026, 3, 1)), DebtorKind.Business, LatePaymentRule.Belgium(), D(2026, 3, 20));
        Assert.Contains("The ECB rate + 8 points (10.15\u00a0%) is rounded up to the next half point: 10.50\u00a0% (Law of 2 August 2002, art. 5)", breakdown.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DirectiveCountries))]
    public void Spain_italy_and_the_netherlands_add_8_points_to_the_ecb_rate_and_name_their_own_law(string country, string source)
    {
        var rule = country switch { "ES" => LatePaymentRule.Spain(), "IT" => LatePaymentRule.Italy(), _ => LatePaymentRule.Netherlands() };
        var breakdown = Compute(Invoice(10_000m, D(2026, 2, 28)), DebtorKind.Business, rule, D(2026, 3, 30));

        // 10,000 × 10.15 % × 30 / 365 = 83.42 EUR.
        Assert.Equal((new Money(83.42m, Currency.EUR), Forty), (breakdown.Interest, breakdown.Compensation));
        Assert.Equal(source, rule.LegalSource);
    }

    [Theory]
    [InlineData("ES", 2021, 9, 8.00)]   // tax.es, 24 Nov 2021: « para el segundo semestre de 2021 el tipo legal de interés de demora [Ley 3/2004] es el 8,00 % »
    [InlineData("IT", 2018, 9, 8.00)]   // MEF communiqué, GU n. 158 of 10 Jul 2018: reference rate 0.00 % for 2018 H2, + 8 points
    [InlineData("IT", 2025, 3, 11.15)]  // MEF communiqué, GU n. 63 of 17 Mar 2025: reference rate 3.15 % for 2025 H1, + 8 points
    [InlineData("IT", 2025, 9, 10.15)]  // MEF communiqué, GU n. 161 of 14 Jul 2025: reference rate 2.15 % for 2025 H2, + 8 points
    [InlineData("NL", 2024, 3, 12.50)]  // wettelijke handelsrente from 1 Jan 2024: 12.5 % (e-Justice, Stb. 2023, 484)
    [InlineData("NL", 2025, 3, 11.15)]  // wettelijke handelsrente from 1 Jan 2025: 11.15 % (vvoadvocatuur.nl)
    public void The_directives_laws_give_the_rates_their_governments_published(string country, int year, int month, double expected)
    {
        var rule = country switch { "ES" => LatePaymentRule.Spain(), "IT" => LatePaymentRule.Italy(), _ => LatePaymentRule.Netherlands() };
        var breakdown = Compute(Invoice(10_000m, D(year, month, 1)), DebtorKind.Business, rule, D(year, month, 20));
        Assert.Equal(AnnualRate.FromPercent((decimal)expected), Assert.Single(breakdown.Lines).Period.Rate);
    }

    public static TheoryData<string, string> DirectiveCountries() => new()
    {
        { "ES", "Ley 3/2004, art. 7" },
        { "IT", "D.Lgs. 231/2002, art. 5" },
        { "NL", "BW art. 6:119a, 6:120(2)" },
    };

    [Fact]
    public void Dutch_interest_compounds_yearly_so_beyond_a_year_it_is_refused_rather_than_understated()
    {
        var invoice = Invoice(10_000m, D(2025, 3, 31));
        Assert.True(PenaltyCalculator.Calculate(invoice, DebtorKind.Business, LatePaymentRule.Netherlands(), D(2026, 3, 31)).IsSuccess);

        var refused = PenaltyCalculator.Calculate(invoice, DebtorKind.Business, LatePaymentRule.Netherlands(), D(2026, 4, 1));
        Assert.Contains("adds each full year's interest to the base from 2026-04-01 on", Assert.Single(refused.ValidationErrors).ErrorMessage, StringComparison.Ordinal);
        Assert.False(PenaltyCalculator.TryCalculateTotal(invoice, DebtorKind.Business, LatePaymentRule.Netherlands(), D(2026, 4, 1), out _, out _));
    }

    [Fact]
    public void Consumers_owe_the_legal_rate_from_the_day_their_law_says()
    {
        var notice = D(2026, 3, 2);
        var invoice = Invoice(1_000m, D(2026, 2, 27)) with { FormalNoticeDate = notice };

        // Belgium: 4.5 % in 2026, from the 15th day after the free first reminder (14 days from the day after it).
        var belgium = Compute(invoice, DebtorKind.Consumer, LatePaymentRule.BelgiumConsumer(), D(2026, 3, 31));
        Assert.Equal((D(2026, 3, 17), AnnualRate.FromPercent(4.5m)), (belgium.Lines[0].Period.From, belgium.Lines[0].Period.Rate));

        // Spain: 3.25 % from the demand; Italy: 1.6 % from the day after the due date; no compensation anywhere.
        var spain = Compute(invoice, DebtorKind.Consumer, LatePaymentRule.SpainConsumer(), D(2026, 3, 31));
        Assert.Equal((notice, AnnualRate.FromPercent(3.25m)), (spain.Lines[0].Period.From, spain.Lines[0].Period.Rate));
        var italy = Compute(invoice, DebtorKind.Consumer, LatePaymentRule.ItalyConsumer(), D(2026, 3, 31));
        Assert.Equal((D(2026, 2, 28), AnnualRate.FromPercent(1.6m)), (italy.Lines[0].Period.From, italy.Lines[0].Period.Rate));
        Assert.All(new[] { belgium, spain, italy }, b => Assert.True(b.Compensation.IsZero));

        // A consumer rule is not a business rule, and the other way round.
        Assert.False(PenaltyCalculator.Calculate(invoice, DebtorKind.Business, LatePaymentRule.ItalyConsumer(), D(2026, 3, 31)).IsSuccess);
        Assert.False(PenaltyCalculator.Calculate(invoice, DebtorKind.Consumer, LatePaymentRule.Italy(), D(2026, 3, 31)).IsSuccess);
    }
}
