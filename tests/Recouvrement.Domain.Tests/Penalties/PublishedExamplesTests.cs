using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Penalties;

namespace Recouvrement.Domain.Tests;

/// <summary>
/// Worked examples published by professional guides of each country, reproduced with the dates that give their rates.
/// Where a guide rounds the daily interest before multiplying it by the days, the exact figure is asserted and the
/// guide's is named: the calculator never rounds a daily figure.
/// </summary>
public class PublishedExamplesTests
{
    private static PenaltyBreakdown Compute(LateInvoice invoice, DebtorKind kind, LatePaymentRule rule, LocalDate asOf)
    {
        var result = PenaltyCalculator.Calculate(invoice, kind, rule, asOf);
        Assert.True(result.IsSuccess, string.Join("; ", result.ValidationErrors.Select(e => e.ErrorMessage)));
        return result.Value;
    }

    [Fact]
    public void France_a_15_percent_contractual_rate_over_30_days_on_15000_euros()
    {
        // agenceipro.com, "Zoom sur les pénalités de retard": « Un retard de 30 jours sur une facture de 15 000 € TTC avec
        // un taux de 15 % entraînerait des pénalités de 184,93 € ». 15 % is above the floor of 2025 H1 (3 × 3.71 %).
        var rule = LatePaymentRule.FranceBusinessContractualRate(AnnualRate.FromPercent(15m)).Value;
        var invoice = new LateInvoice("F", new Money(15_000m, Currency.EUR), new LocalDate(2025, 3, 31));

        var breakdown = Compute(invoice, DebtorKind.Business, rule, new LocalDate(2025, 4, 30));

        Assert.Equal(new Money(184.93m, Currency.EUR), breakdown.Interest);
        Assert.Equal(new Money(40m, Currency.EUR), breakdown.Compensation);
        Assert.Empty(breakdown.Notes);
    }

    [Fact]
    public void France_the_floor_of_the_second_half_of_2024_is_3_times_4_92_percent()
    {
        // bpifrance-creation.fr, "Taux des pénalités de retard": « Au second semestre 2024 : 14,76 % (3 X 4,92 %) »;
        // and the default rate « depuis le mois de juin 2024 […] 14,25 % (4,25 + 10) ».
        var contractual = LatePaymentRule.FranceBusinessContractualRate(AnnualRate.FromPercent(10m)).Value;
        var invoice = new LateInvoice("F", new Money(10_000m, Currency.EUR), new LocalDate(2024, 7, 31));
        var asOf = new LocalDate(2024, 8, 30);

        Assert.Equal(AnnualRate.FromPercent(14.76m), Assert.Single(Compute(invoice, DebtorKind.Business, contractual, asOf).Lines).Period.Rate);
        Assert.Equal(AnnualRate.FromPercent(14.25m), Assert.Single(Compute(invoice, DebtorKind.Business, LatePaymentRule.FranceBusiness(), asOf).Lines).Period.Rate);
    }

    [Fact]
    public void Uk_5000_pounds_101_days_at_bank_rate_4_25_plus_8()
    {
        // support.paidnice.com, "How to automatically calculate statutory interest in the UK": £5,000, 101 days, Bank Rate
        // 4.25 % + 8 = 12.25 %, £70 compensation. The guide rounds the daily interest to £1.68 and gets £169.68; exact
        // simple interest is 5,000 × 12.25 % × 101 / 365 = 169.486… → £169.49. Late from 2 July 2025: Bank Rate on 30 June.
        var invoice = new LateInvoice("INV", new Money(5_000m, Currency.GBP), new LocalDate(2025, 7, 1));

        var breakdown = Compute(invoice, DebtorKind.Business, LatePaymentRule.UnitedKingdom(), new LocalDate(2025, 10, 10));

        Assert.Equal(101, Assert.Single(breakdown.Lines).Days);
        Assert.Equal(AnnualRate.FromPercent(12.25m), breakdown.Lines[0].Period.Rate);
        Assert.Equal(new Money(169.49m, Currency.GBP), breakdown.Interest);
        Assert.Equal(new Money(70m, Currency.GBP), breakdown.Compensation);
    }

    [Fact]
    public void Uk_2000_pounds_45_days_at_bank_rate_5_25_plus_8()
    {
        // toolfy.io, "Statutory interest calculator for late payments (UK)": 2,000 × (8 % + 5.25 %) × 45 / 365. The guide
        // rounds 45 / 365 to 0.1233 and gets £32.66; exact: 32.671… → £32.67. Late from 1 March 2024: Bank Rate on 31 Dec 2023.
        var invoice = new LateInvoice("INV", new Money(2_000m, Currency.GBP), new LocalDate(2024, 2, 29));

        var breakdown = Compute(invoice, DebtorKind.Business, LatePaymentRule.UnitedKingdom(), new LocalDate(2024, 4, 14));

        Assert.Equal(new Money(32.67m, Currency.GBP), breakdown.Interest);
        Assert.Equal(new Money(70m, Currency.GBP), breakdown.Compensation);
    }

    [Fact]
    public void Germany_a_consumer_owes_3_51_euros_on_1000_euros_after_25_days_at_5_12_percent()
    {
        // anleiter.de, "Wie berechnet man Verzugszinsen?": « für eine Forderung von 1000,00 € aus einem Verbrauchergeschäft,
        // welche seit 25 Tagen fällig ist, bei einem Verzugszinssatz von 5,12% Verzugszinsen i. H. v. 3.51 € ». 5.12 % is the
        // 2012 base rate of 0.12 % + 5 points: older than the shipped series, so the host supplies it.
        var baseRate = ReferenceRateSeries.Create(
            "Basiszinssatz",
            "Deutsche Bundesbank, BGB §247",
            [new RateChange(new LocalDate(2012, 1, 1), AnnualRate.FromPercent(0.12m))],
            new LocalDate(2012, 12, 31)).Value;
        var invoice = new LateInvoice("R", new Money(1_000m, Currency.EUR), new LocalDate(2012, 3, 1));

        var breakdown = Compute(invoice, DebtorKind.Consumer, LatePaymentRule.Germany(baseRate), new LocalDate(2012, 3, 26));

        Assert.Equal(AnnualRate.FromPercent(5.12m), Assert.Single(breakdown.Lines).Period.Rate);
        Assert.Equal(new Money(3.51m, Currency.EUR), breakdown.Interest);
        Assert.Equal(Money.Zero(Currency.EUR), breakdown.Compensation);
    }
}
