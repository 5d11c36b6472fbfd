using System.Globalization;
using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Penalties;
using Snapshooter.Xunit;

namespace Recouvrement.Domain.Tests;

public class PenaltyCalculatorTests
{
    private static readonly LatePaymentRule France = LatePaymentRule.FranceBusiness();
    private static readonly LatePaymentRule Uk = LatePaymentRule.UnitedKingdom();

    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    private static Money Gbp(decimal amount) => new(amount, Currency.GBP);

    private static PenaltyBreakdown Compute(LateInvoice invoice, LatePaymentRule rule, LocalDate asOf)
    {
        var result = PenaltyCalculator.Calculate(invoice, DebtorKind.Business, rule, asOf);
        Assert.True(result.IsSuccess, string.Join("; ", result.ValidationErrors.Select(e => e.ErrorMessage)));
        return result.Value;
    }

    [Fact]
    public void France_b2b_ecb_rate_of_1_january_plus_10_points_and_40_euros()
    {
        // C. com. L441-10: 10,000 EUR due 1 Feb 2024, as of 1 May 2024: 90 days at 4.50 % + 10 = 14.50 %.
        // 10,000 × 14.50 % × 90 / 365 = 357.534… → 357.53; plus the €40 of D441-5.
        var breakdown = Compute(new LateInvoice("F-2024-017", Eur(10_000m), new LocalDate(2024, 2, 1)), France, new LocalDate(2024, 5, 1));

        var line = Assert.Single(breakdown.Lines);
        Assert.Equal(90, line.Days);
        Assert.Equal(AnnualRate.FromPercent(14.50m), line.Period.Rate);
        Assert.Equal(Eur(357.53m), breakdown.Interest);
        Assert.Equal(Eur(40m), breakdown.Compensation);
        Assert.Equal(Eur(397.53m), breakdown.Total);
    }

    [Fact]
    public void France_b2b_rate_changes_at_the_half_year_boundary()
    {
        // 15 days in June 2024 at 4.50 + 10 (ECB on 1 Jan 2024), 15 days in July at 4.25 + 10 (ECB on 1 Jul 2024).
        var breakdown = Compute(new LateInvoice("F-1", Eur(10_000m), new LocalDate(2024, 6, 15)), France, new LocalDate(2024, 7, 15));

        Assert.Equal([14.50m, 14.25m], breakdown.Lines.Select(l => l.Period.Rate.Percent));
        Assert.Equal([15, 15], breakdown.Lines.Select(l => l.Days));
        Assert.Equal((10_000m * 0.145m * 15m / 365m) + (10_000m * 0.1425m * 15m / 365m), breakdown.ExactInterest);
        Assert.Equal(Eur(118.15m), breakdown.Interest);
        Assert.Equal(breakdown.Interest, breakdown.Lines.Aggregate(Eur(0m), (sum, l) => sum + l.Amount));
    }

    [Fact]
    public void A_partial_payment_lowers_the_base_from_the_day_after()
    {
        // 13.15 % in 2025 H1. 1-28 Feb on 10,000 (the payment day still bears the full base), 1-31 Mar on 6,000.
        var invoice = new LateInvoice("F-2", Eur(10_000m), new LocalDate(2025, 1, 31))
        {
            Settlements = [new Settlement(new LocalDate(2025, 2, 28), Eur(4_000m))],
        };

        var breakdown = Compute(invoice, France, new LocalDate(2025, 3, 31));

        Assert.Equal([Eur(10_000m), Eur(6_000m)], breakdown.Lines.Select(l => l.Base));
        Assert.Equal([28, 31], breakdown.Lines.Select(l => l.Days));
        Assert.Equal(Eur(167.89m), breakdown.Interest);
    }

    [Fact]
    public void Interest_stops_when_the_principal_is_paid_and_survives_the_payment()
    {
        var invoice = new LateInvoice("F-3", Eur(1_000m), new LocalDate(2025, 1, 31))
        {
            Settlements = [new Settlement(new LocalDate(2025, 2, 10), Eur(1_000m))],
        };

        var breakdown = Compute(invoice, France, new LocalDate(2025, 6, 30));

        Assert.Equal(10, Assert.Single(breakdown.Lines).Days);
        Assert.Equal(Eur(3.60m), breakdown.Interest);
        Assert.Equal(Eur(40m), breakdown.Compensation);
    }

    [Fact]
    public void Nothing_is_due_before_the_due_date_or_when_paid_on_time()
    {
        var invoice = new LateInvoice("F-4", Eur(1_000m), new LocalDate(2025, 1, 31));
        var early = Compute(invoice, France, new LocalDate(2025, 1, 31));
        Assert.Equal(Eur(0m), early.Total);
        Assert.Equal("not yet late on the as-of date", early.NothingDueReason);

        var onTime = Compute(invoice with { Settlements = [new Settlement(new LocalDate(2025, 1, 30), Eur(1_000m))] }, France, new LocalDate(2025, 6, 30));
        Assert.Equal(Eur(0m), onTime.Total);
        Assert.Equal("settled by the due date: nothing is late", onTime.NothingDueReason);
    }

    [Fact]
    public void Fixed_compensation_already_charged_is_never_charged_again()
    {
        var invoice = new LateInvoice("F-5", Eur(1_000m), new LocalDate(2025, 1, 31)) { CompensationAlreadyCharged = true };
        Assert.Equal(Eur(0m), Compute(invoice, France, new LocalDate(2025, 3, 31)).Compensation);
    }

    [Fact]
    public void Bad_input_names_every_problem_at_once()
    {
        var invoice = new LateInvoice("F-6", new Money(-5m, Currency.GBP), new LocalDate(2025, 1, 31))
        {
            Settlements = [new Settlement(new LocalDate(2025, 2, 1), Eur(10m))],
        };

        var result = PenaltyCalculator.Calculate(invoice, DebtorKind.Consumer, France, new LocalDate(2025, 3, 31));

        Assert.Equal(
            [
                "invoice.Amount = -5.00 GBP: must be positive, in whole minor units",
                "invoice.Settlements[0].Amount = 10.00 EUR: is not in GBP",
                "rule = \"France, late payment between businesses\": the French B2B rule does not apply to a consumer: use the consumer rule (legal rate from the formal notice)",
            ],
            result.ValidationErrors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void Settlements_are_whole_minor_units_and_amounts_fit_the_count_of_minor_unit_days()
    {
        var invoice = new LateInvoice("F-6b", Eur(50_000_000_000_000_000m), new LocalDate(2025, 1, 31))
        {
            Settlements = [new Settlement(new LocalDate(2025, 2, 1), Eur(10.005m)), new Settlement(new LocalDate(2025, 2, 2), Eur(0m))],
        };

        var result = PenaltyCalculator.Calculate(invoice, DebtorKind.Business, France, new LocalDate(2025, 3, 31));

        Assert.Equal(
            [
                "invoice.Amount = 50000000000000000.00 EUR: is too large to count interest over 59 days",
                "invoice.Settlements[0].Amount = 10.005 EUR: must be positive, in whole minor units",
                "invoice.Settlements[1].Amount = 0.00 EUR: must be positive, in whole minor units",
            ],
            result.ValidationErrors.Select(e => e.ErrorMessage));
        Assert.False(PenaltyCalculator.TryCalculateTotal(invoice, DebtorKind.Business, France, new LocalDate(2025, 3, 31), out _, out _));
    }

    [Fact]
    public void A_date_beyond_the_known_rates_is_an_error_unless_the_last_rate_is_carried_forward()
    {
        var invoice = new LateInvoice("F-7", Eur(1_000m), new LocalDate(2026, 5, 31));
        var asOf = new LocalDate(2026, 11, 22);

        var refused = PenaltyCalculator.Calculate(invoice, DebtorKind.Business, France, asOf);
        var error = Assert.Single(refused.ValidationErrors);
        Assert.Equal(ErrorCodes.MissingRate, error.ErrorCode);
        Assert.StartsWith("rates = 2026-07-01: is after the last known date of ECB main refinancing rate", error.ErrorMessage, StringComparison.Ordinal);

        var carried = PenaltyCalculator.Calculate(invoice, DebtorKind.Business, France, asOf, carryLastRateForward: true).Value;
        Assert.Equal([12.15m, 12.15m], carried.Lines.Select(l => l.Period.Rate.Percent));
    }

    [Fact]
    public void The_total_only_path_refuses_what_the_breakdown_refuses()
    {
        var beyondRates = new LateInvoice("F-7", Eur(1_000m), new LocalDate(2026, 5, 31));
        var negative = new LateInvoice("F-8", Eur(-1m), new LocalDate(2025, 1, 31));

        Assert.False(PenaltyCalculator.TryCalculateTotal(beyondRates, DebtorKind.Business, France, new LocalDate(2026, 11, 22), out var total, out var missingRate));
        Assert.Equal(default, total);
        Assert.Equal((ReferenceRates.EcbMainRefinancingRate.Name, new LocalDate(2026, 6, 30)), (missingRate?.Name, missingRate?.KnownUntil));
        Assert.False(PenaltyCalculator.TryCalculateTotal(negative, DebtorKind.Business, France, new LocalDate(2025, 3, 31), out _, out missingRate));
        Assert.Null(missingRate);
        Assert.False(PenaltyCalculator.TryCalculateTotal(beyondRates, DebtorKind.Consumer, France, new LocalDate(2025, 3, 31), out _, out _));
        Assert.False(PenaltyCalculator.TryCalculateTotal(null, DebtorKind.Business, France, new LocalDate(2025, 3, 31), out _, out _));
        Assert.True(PenaltyCalculator.TryCalculateTotal(beyondRates, DebtorKind.Business, France, new LocalDate(2026, 5, 1), out var notLate, out _));
        Assert.Equal(Eur(0m), notLate.Total);
    }

    [Fact]
    public void The_total_only_path_allocates_nothing()
    {
        var invoice = new LateInvoice("F-2023-118", Eur(25_000m), new LocalDate(2023, 12, 31))
        {
            Settlements = [new Settlement(new LocalDate(2024, 5, 15), Eur(5_000m)), new Settlement(new LocalDate(2025, 2, 10), Eur(7_500m))],
        };
        var asOf = new LocalDate(2025, 12, 31);
        PenaltyCalculator.TryCalculateTotal(invoice, DebtorKind.Business, France, asOf, out var total, out _);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            PenaltyCalculator.TryCalculateTotal(invoice, DebtorKind.Business, France, asOf, out total, out _);
        }

        Assert.Equal(0L, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(PenaltyCalculator.Calculate(invoice, DebtorKind.Business, France, asOf).Value.Total, total.Total);
    }

    public static TheoryData<int, int, int, decimal> UkReferenceRates() => new()
    {
        // payontime.co.uk reference rate table: the Bank Rate on 31 Dec / 30 Jun before the debt became late.
        { 2024, 3, 1, 5.25m },
        { 2023, 9, 1, 5.00m },
        { 2023, 2, 1, 3.50m },
        { 2022, 8, 1, 1.25m },
        { 2022, 2, 1, 0.25m },
        { 2020, 8, 1, 0.10m },
        { 2020, 2, 1, 0.75m },
        { 2018, 8, 1, 0.50m },
    };

    [Theory]
    [MemberData(nameof(UkReferenceRates))]
    public void Uk_reference_rate_is_the_bank_rate_of_the_half_year_start(int year, int month, int day, decimal reference)
    {
        var due = new LocalDate(year, month, day);
        var breakdown = Compute(new LateInvoice("INV", Gbp(1_000m), due), Uk, due.PlusDays(30));
        Assert.Equal(AnnualRate.FromPercent(reference), Assert.Single(breakdown.Lines).Period.Reference);
    }

    [Fact]
    public void Uk_rate_is_fixed_for_the_life_of_the_debt()
    {
        // Late from 16 May 2023: Bank Rate on 31 Dec 2022 (3.50 %) + 8 = 11.50 % until paid, through later rate rises.
        var breakdown = Compute(new LateInvoice("INV", Gbp(1_000m), new LocalDate(2023, 5, 15)), Uk, new LocalDate(2024, 5, 15));

        var line = Assert.Single(breakdown.Lines);
        Assert.Equal(AnnualRate.FromPercent(11.50m), line.Period.Rate);
        Assert.Equal(366, line.Days);
        Assert.Equal(Gbp(115.32m), breakdown.Interest); // 1,000 × 11.50 % × 366 / 365 = 115.315…
    }

    [Theory]
    [InlineData(999.99, 40)]
    [InlineData(1_000, 70)]
    [InlineData(9_999.99, 70)]
    [InlineData(10_000, 100)]
    public void Uk_fixed_sums_follow_the_debt_bands(double amount, int fixedSum)
        => Assert.Equal(Gbp(fixedSum), Uk.FixedCompensation(Gbp((decimal)amount), DebtorKind.Business));

    [Fact]
    public void The_breakdown_reads_in_english()
        => Snapshot.Match(Compute(PartlyPaid(), France, new LocalDate(2025, 9, 30)).Describe(CultureInfo.GetCultureInfo("en-GB")));

    [Fact]
    public void The_breakdown_reads_in_french()
        => Snapshot.Match(Compute(PartlyPaid(), France, new LocalDate(2025, 9, 30)).Describe(CultureInfo.GetCultureInfo("fr-FR")));

    private static LateInvoice PartlyPaid() => new("F-2025-0412", Eur(12_480m), new LocalDate(2025, 4, 30))
    {
        Settlements = [new Settlement(new LocalDate(2025, 6, 13), Eur(5_000m))],
    };
}

public class OtherRulesTests
{
    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    private static PenaltyBreakdown Compute(LatePaymentRule rule, DebtorKind kind, decimal amount, LocalDate due, LocalDate asOf)
    {
        var result = PenaltyCalculator.Calculate(new LateInvoice("INV", Eur(amount), due), kind, rule, asOf);
        Assert.True(result.IsSuccess, string.Join("; ", result.ValidationErrors.Select(e => e.ErrorMessage)));
        return result.Value;
    }

    [Fact]
    public void Germany_base_rate_plus_9_points_between_businesses_and_40_euros()
    {
        // BGB §288(2): 3.62 % (base rate 2024 H1) + 9 = 12.62 %; 10,000 × 12.62 % × 30 / 365 = 103.726… → 103.73.
        var breakdown = Compute(LatePaymentRule.Germany(), DebtorKind.Business, 10_000m, new LocalDate(2024, 3, 31), new LocalDate(2024, 4, 30));
        Assert.Equal(Eur(103.73m), breakdown.Interest);
        Assert.Equal(Eur(40m), breakdown.Compensation);
    }

    [Fact]
    public void Germany_base_rate_plus_5_points_for_a_consumer_and_no_flat_fee()
    {
        // BGB §288(1): 3.62 + 5 = 8.62 %; 10,000 × 8.62 % × 30 / 365 = 70.849… → 70.85.
        var breakdown = Compute(LatePaymentRule.Germany(), DebtorKind.Consumer, 10_000m, new LocalDate(2024, 3, 31), new LocalDate(2024, 4, 30));
        Assert.Equal(Eur(70.85m), breakdown.Interest);
        Assert.Equal(Eur(0m), breakdown.Compensation);
    }

    [Fact]
    public void Germany_rate_follows_the_base_rate_of_each_half_year()
    {
        var breakdown = Compute(LatePaymentRule.Germany(), DebtorKind.Business, 1_000m, new LocalDate(2024, 6, 20), new LocalDate(2024, 7, 10));
        Assert.Equal([12.62m, 12.37m], breakdown.Lines.Select(l => l.Period.Rate.Percent));
    }

    [Fact]
    public void Eu_directive_reference_rate_plus_at_least_8_points()
    {
        // Directive 2011/7/EU: ECB 4.50 % on 1 Jan 2024 + 8 = 12.50 %; 1,000 × 12.50 % × 30 / 365 = 10.27.
        var breakdown = Compute(LatePaymentRule.EuDirective(), DebtorKind.PublicAuthority, 1_000m, new LocalDate(2024, 1, 31), new LocalDate(2024, 3, 1));
        Assert.Equal(Eur(10.27m), breakdown.Interest);
        Assert.Equal(Eur(40m), breakdown.Compensation);
        Assert.Equal("EU late payment directive, reference rate + 8 points", breakdown.Rule.Name);

        Assert.Equal(AnnualRate.FromPercent(13.5m), Compute(LatePaymentRule.EuDirective(marginPoints: 9m), DebtorKind.Business, 1_000m, new LocalDate(2024, 1, 31), new LocalDate(2024, 3, 1)).Lines[0].Period.Rate);
        Assert.Throws<ArgumentOutOfRangeException>(() => LatePaymentRule.EuDirective(marginPoints: 7.5m));
        Assert.False(PenaltyCalculator.Calculate(new LateInvoice("INV", Eur(1m), new LocalDate(2024, 1, 31)), DebtorKind.Consumer, LatePaymentRule.EuDirective(), new LocalDate(2024, 3, 1)).IsSuccess);
    }
}

public class FranceConsumerRuleTests
{
    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    private static readonly LateInvoice Subscription = new("ABO-2024-01", Eur(2_000m), new LocalDate(2024, 1, 31))
    {
        FormalNoticeDate = new LocalDate(2024, 3, 1),
    };

    private static PenaltyBreakdown Compute(LatePaymentRule rule, LateInvoice invoice, LocalDate asOf)
    {
        var result = PenaltyCalculator.Calculate(invoice, DebtorKind.Consumer, rule, asOf);
        Assert.True(result.IsSuccess, string.Join("; ", result.ValidationErrors.Select(e => e.ErrorMessage)));
        return result.Value;
    }

    [Fact]
    public void Legal_rate_runs_from_the_formal_notice()
    {
        // 2024 H1 legal rate, other cases 5.07 %: 1 March - 30 April = 61 days; 2,000 × 5.07 % × 61 / 365 = 16.946… → 16.95.
        var breakdown = Compute(LatePaymentRule.FranceConsumer(), Subscription, new LocalDate(2024, 4, 30));

        var line = Assert.Single(breakdown.Lines);
        Assert.Equal(new LocalDate(2024, 3, 1), line.From);
        Assert.Equal(61, line.Days);
        Assert.Equal(Eur(16.95m), breakdown.Interest);
        Assert.Equal(Eur(0m), breakdown.Compensation);
    }

    [Fact]
    public void Before_the_formal_notice_nothing_runs_yet()
    {
        var breakdown = Compute(LatePaymentRule.FranceConsumer(), Subscription, new LocalDate(2024, 2, 20));

        Assert.Equal("not yet late on the as-of date", breakdown.NothingDueReason);
        Assert.Equal(Eur(0m), breakdown.Total);
    }

    [Fact]
    public void A_private_creditor_uses_the_higher_legal_rate()
        => Assert.Equal(
            AnnualRate.FromPercent(8.01m),
            Compute(LatePaymentRule.FranceConsumer(creditorIsPrivatePerson: true), Subscription, new LocalDate(2024, 4, 30)).Lines[0].Period.Rate);

    [Fact]
    public void Five_points_more_once_two_months_have_run_after_an_enforceable_judgment()
    {
        var judged = Subscription with { JudgmentDate = new LocalDate(2024, 5, 15) };

        var breakdown = Compute(LatePaymentRule.FranceConsumer(), judged, new LocalDate(2024, 8, 15));

        Assert.Equal(
            [(new LocalDate(2024, 3, 1), 5.07m), (new LocalDate(2024, 7, 1), 4.92m), (new LocalDate(2024, 7, 16), 9.92m)],
            breakdown.Lines.Select(l => (l.From, l.Period.Rate.Percent)));
    }

    [Fact]
    public void Without_a_formal_notice_no_interest_can_be_computed()
    {
        var result = PenaltyCalculator.Calculate(Subscription with { FormalNoticeDate = null }, DebtorKind.Consumer, LatePaymentRule.FranceConsumer(), new LocalDate(2024, 4, 30));
        Assert.Equal(
            "invoice = \"ABO-2024-01\": needs the formal notice date: a consumer owes interest from the formal notice",
            Assert.Single(result.ValidationErrors).ErrorMessage);
    }

    [Fact]
    public void A_notice_sent_before_the_due_date_counts_from_the_day_after_it()
        => Assert.Equal(
            new LocalDate(2024, 2, 1),
            Compute(LatePaymentRule.FranceConsumer(), Subscription with { FormalNoticeDate = new LocalDate(2024, 1, 15) }, new LocalDate(2024, 2, 29)).Lines[0].From);
}
