using System.Globalization;
using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Penalties;
using Snapshooter.Xunit;

namespace Recouvrement.Domain.Tests;

public class ContractualTermsTests
{
    private static readonly ContractualTerms TwelvePercent = new() { Name = "CGV art. 7", FixedRate = AnnualRate.FromPercent(12m) };

    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    private static LateInvoice Due(decimal amount, int year, int month, int day, params Settlement[] settlements)
        => new("F-1", Eur(amount), new LocalDate(year, month, day)) { Settlements = settlements };

    private static PenaltyBreakdown Compute(LateInvoice invoice, LatePaymentRule rule, LocalDate asOf, SettlementOrder order = SettlementOrder.PrincipalFirst)
    {
        var result = PenaltyCalculator.Calculate(invoice, DebtorKind.Business, rule, asOf, settlementOrder: order);
        Assert.True(result.IsSuccess, string.Join("; ", result.ValidationErrors.Select(e => e.ErrorMessage)));
        return result.Value;
    }

    private static LatePaymentRule Terms(ContractualTerms terms) => LatePaymentRule.Contractual(terms).Value;

    [Fact]
    public void In_2024_a_contractual_rate_below_3_times_the_legal_rate_gives_way_to_the_floor()
    {
        // C. com. L441-10: 3 × the legal rate "other cases" = 3 × 5.07 % = 15.21 % (2024H1), 3 × 4.92 % = 14.76 % (2024H2)
        // (arrêtés of 21 Dec 2023 and 21 Jun 2024). 10,000 × 15.21 % × 182 / 365 + 10,000 × 14.76 % × 184 / 365 = 1,502.48.
        var rule = LatePaymentRule.FranceBusinessContractualRate(AnnualRate.FromPercent(12m)).Value;

        var breakdown = Compute(Due(10_000m, 2023, 12, 31), rule, new LocalDate(2024, 12, 31));

        Assert.Equal([AnnualRate.FromPercent(15.21m), AnnualRate.FromPercent(14.76m)], breakdown.Lines.Select(l => l.Period.Rate));
        Assert.Equal(Eur(1_502.48m), breakdown.Interest);
        Assert.Equal(2, breakdown.Notes.Count);
        Assert.All(breakdown.Notes, n => Assert.Contains("below the floor of 3 × the legal rate", n, StringComparison.Ordinal));
    }

    [Fact]
    public void Across_a_leap_year_s_end_the_leftover_cent_goes_to_the_larger_remainder_whatever_its_basis()
    {
        // 1,001.02 at 10 %, Actual/Actual: 10 days of 2024 over 366 = 2.7350…, 20 days of 2025 over 365 = 5.4850…;
        // 8.22 in all. The remainders are 0.5027… and 0.5041… cent: the leftover cent goes to the second line, though
        // the two remainders have the same numerator (one over 366, the other over 365).
        var rule = Terms(TwelvePercent with { FixedRate = AnnualRate.FromPercent(10m), DayCount = DayCount.ActualActual });

        var breakdown = Compute(Due(1_001.02m, 2024, 12, 21), rule, new LocalDate(2025, 1, 20));

        Assert.Equal([(366, Eur(2.73m)), (365, Eur(5.49m))], breakdown.Lines.Select(l => (l.YearBasis, l.Amount)));
        Assert.Equal(Eur(8.22m), breakdown.Interest);
    }

    [Fact]
    public void In_2024_the_default_rate_sat_below_the_floor_and_still_applied()
    {
        // ECB 4.50 % on 1 Jan 2024 and 4.25 % on 1 Jul 2024, + 10 points: 14.50 % and 14.25 %, both under 15.21 % and 14.76 %.
        var breakdown = Compute(Due(10_000m, 2023, 12, 31), LatePaymentRule.FranceBusiness(), new LocalDate(2024, 12, 31));

        Assert.Equal([AnnualRate.FromPercent(14.50m), AnnualRate.FromPercent(14.25m)], breakdown.Lines.Select(l => l.Period.Rate));
        Assert.Equal(Eur(1_441.37m), breakdown.Interest);
        Assert.Empty(breakdown.Notes);
    }

    [Fact]
    public void A_contractual_rate_above_the_floor_applies_as_agreed()
    {
        var rule = LatePaymentRule.FranceBusinessContractualRate(AnnualRate.FromPercent(16m)).Value;

        var breakdown = Compute(Due(10_000m, 2023, 12, 31), rule, new LocalDate(2024, 12, 31));

        Assert.All(breakdown.Lines, l => Assert.Equal(AnnualRate.FromPercent(16m), l.Period.Rate));
        Assert.Empty(breakdown.Notes);
    }

    [Theory]
    [InlineData("Actual365Fixed", 95.34)]
    [InlineData("Actual360", 96.67)]
    public void The_day_count_sets_the_year_basis(string dayCount, decimal expected)
    {
        // 10,000 × 12 % × 29 days (1 Feb to 1 Mar 2025) / 365 or / 360.
        var rule = Terms(TwelvePercent with { DayCount = DayCount.FromName(dayCount) });

        var breakdown = Compute(Due(10_000m, 2025, 1, 31), rule, new LocalDate(2025, 3, 1));

        Assert.Equal(Eur(expected), breakdown.Interest);
    }

    [Fact]
    public void Actual_actual_counts_leap_year_days_over_366()
    {
        var rule = Terms(TwelvePercent with { DayCount = DayCount.ActualActual });

        var breakdown = Compute(Due(10_000m, 2023, 11, 30), rule, new LocalDate(2024, 1, 31));

        Assert.Equal([365, 366], breakdown.Lines.Select(l => l.YearBasis));
        Assert.Equal(Eur(203.56m), breakdown.Interest);
    }

    [Fact]
    public void Grace_days_spare_a_payment_made_within_them_but_not_a_later_one()
    {
        var rule = Terms(TwelvePercent with { GraceDays = 10 });

        var paidInGrace = Compute(Due(10_000m, 2025, 1, 31, new Settlement(new LocalDate(2025, 2, 8), Eur(10_000m))), rule, new LocalDate(2025, 3, 1));
        var stillInGrace = Compute(Due(10_000m, 2025, 1, 31), rule, new LocalDate(2025, 2, 5));
        var late = Compute(Due(10_000m, 2025, 1, 31), rule, new LocalDate(2025, 3, 1));

        Assert.Equal("settled within the 10 grace days: nothing is charged", paidInGrace.NothingDueReason);
        Assert.Equal("still within the 10 grace days on the as-of date", stillInGrace.NothingDueReason);
        Assert.Equal(Eur(95.34m), late.Interest);
        Assert.Equal(new LocalDate(2025, 2, 1), late.Lines[0].From);
    }

    [Fact]
    public void A_minimum_charge_and_a_cap_bound_the_interest()
    {
        var rule = Terms(TwelvePercent with { MinimumCharge = Eur(50m), Cap = Eur(100m) });

        var small = Compute(Due(1_000m, 2025, 1, 31), rule, new LocalDate(2025, 2, 10));
        var large = Compute(Due(1_000m, 2025, 1, 31), rule, new LocalDate(2025, 12, 31));

        Assert.Equal(Eur(50m), small.Interest);
        Assert.Equal(Eur(100m), large.Interest);
        Assert.Equal(Eur(100m), new Money(large.Lines.Sum(l => l.Amount.Amount), Currency.EUR));
        Assert.Equal(["Interest of 3.29 EUR raised to the contractual minimum charge of 50.00 EUR"], small.Notes);
        Assert.Equal(["Interest of 109.81 EUR capped at the contractual maximum of 100.00 EUR"], large.Notes);
    }

    [Fact]
    public void An_indexed_rate_follows_each_change_of_its_reference()
    {
        // ECB 4.50 % until 11 Jun 2024, 4.25 % from 12 Jun: + 3 points. 10,000 × 7.50 % × 11 / 365 + 10,000 × 7.25 % × 50 / 365.
        var rule = Terms(new ContractualTerms { ReferenceRate = ReferenceRates.EcbMainRefinancingRate, Margin = AnnualRate.FromPercent(3m) });

        var breakdown = Compute(Due(10_000m, 2024, 5, 31), rule, new LocalDate(2024, 7, 31));

        Assert.Equal([11, 50], breakdown.Lines.Select(l => l.Days));
        Assert.Equal(Eur(121.92m), breakdown.Interest);
    }

    [Fact]
    public void The_average_daily_balance_method_charges_each_month_at_its_first_days_rate()
    {
        // June at 7.50 % (the rate of 1 June, although the ECB cut on 12 June), July at 7.25 %.
        var rule = Terms(new ContractualTerms
        {
            ReferenceRate = ReferenceRates.EcbMainRefinancingRate,
            Margin = AnnualRate.FromPercent(3m),
            Method = InterestMethod.AverageDailyBalance,
        });

        var breakdown = Compute(Due(10_000m, 2024, 5, 31), rule, new LocalDate(2024, 7, 31));

        Assert.Equal([30, 31], breakdown.Lines.Select(l => l.Days));
        Assert.Equal(Eur(123.22m), breakdown.Interest);
    }

    [Fact]
    public void The_average_daily_balance_weighs_each_balance_by_its_days()
    {
        var rule = Terms(TwelvePercent with { Method = InterestMethod.AverageDailyBalance });

        // 10,000 for 10 days of June, 4,000 for 20: an average of 6,000 over 30 days.
        var breakdown = Compute(Due(10_000m, 2025, 5, 31, new Settlement(new LocalDate(2025, 6, 10), Eur(6_000m))), rule, new LocalDate(2025, 6, 30));

        var june = Assert.Single(breakdown.Lines);
        Assert.Equal(Eur(6_000m), june.Base);
        Assert.Equal(Eur(59.18m), breakdown.Interest);
    }

    [Fact]
    public void Part_payments_can_settle_interest_first()
    {
        // C. civ. 1343-1. 10,000 due 1 Feb 2024 at 14.50 %; 5,000 paid 1 Mar pays the 115.21 accrued, then 4,884.79 of principal.
        var invoice = Due(10_000m, 2024, 2, 1, new Settlement(new LocalDate(2024, 3, 1), Eur(5_000m)));

        var principalFirst = Compute(invoice, LatePaymentRule.FranceBusiness(), new LocalDate(2024, 5, 1));
        var interestFirst = Compute(invoice, LatePaymentRule.FranceBusiness(), new LocalDate(2024, 5, 1), SettlementOrder.InterestFirst);

        Assert.Equal(Eur(236.37m), principalFirst.Interest);
        Assert.Equal(Eur(0m), principalFirst.InterestPaid);
        Assert.Equal(Eur(239.16m), interestFirst.Interest);
        Assert.Equal(Eur(115.21m), interestFirst.InterestPaid);
        Assert.Equal(Eur(239.16m - 115.21m + 40m), interestFirst.Total);
    }

    [Fact]
    public void Bad_terms_are_listed_at_once()
    {
        var result = LatePaymentRule.Contractual(new ContractualTerms
        {
            Name = " ",
            FixedRate = AnnualRate.FromPercent(-1m),
            ReferenceRate = ReferenceRates.EcbMainRefinancingRate,
            GraceDays = -3,
            MinimumCharge = Eur(200m),
            Cap = Eur(100m),
            FixedFee = Eur(-40m),
        });

        Assert.Equal(
            ["terms.FixedRate", "terms.FixedRate", "terms.Name", "terms.GraceDays", "terms.FixedFee", "terms.MinimumCharge"],
            result.ValidationErrors.Select(e => e.Identifier));
    }

    [Fact]
    public void Terms_in_another_currency_are_refused()
    {
        var rule = Terms(TwelvePercent with { FixedFee = new Money(40m, Currency.GBP) });

        var result = PenaltyCalculator.Calculate(Due(100m, 2025, 1, 31), DebtorKind.Business, rule, new LocalDate(2025, 3, 1));

        Assert.Equal(["rule = \"CGV art. 7\": the terms are in GBP, the invoice in EUR"], result.ValidationErrors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void A_floor_breakdown_in_english()
        => Snapshot.Match(Compute(Due(10_000m, 2023, 12, 31), LatePaymentRule.FranceBusinessContractualRate(AnnualRate.FromPercent(12m)).Value, new LocalDate(2024, 12, 31))
            .Describe(CultureInfo.GetCultureInfo("en-GB")));

    [Fact]
    public void A_floor_breakdown_in_french()
        => Snapshot.Match(Compute(Due(10_000m, 2023, 12, 31), LatePaymentRule.FranceBusinessContractualRate(AnnualRate.FromPercent(12m)).Value, new LocalDate(2024, 12, 31))
            .Describe(CultureInfo.GetCultureInfo("fr-FR")));
}
