using NodaTime;
using Recouvrement.Plans;

namespace Recouvrement.Domain.Tests;

/// <summary>Requests at and beyond <see cref="PlanLimits"/>: refused with the field, the value and the limit, never a crash.</summary>
public class PlanLimitsTests
{
    private static readonly LocalDate PlanDate = new(2026, 11, 23);

    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    private static PlanRequest Monthly(decimal total, int count) => new(Eur(total), PlanDate, PlanDate.PlusMonths(1), PlanFrequency.Monthly) { Count = count };

    private static ValidationErrorView Refusal<T>(Ardalis.Result.Result<T> result)
    {
        Assert.False(result.IsSuccess);
        var error = result.ValidationErrors.Single();
        return new(error.Identifier, error.ErrorMessage, error.ErrorCode);
    }

    [Fact]
    public void A_total_above_two_pow_63_minor_units_is_refused()
    {
        var error = Refusal(PaymentPlanCalculator.Calculate(Monthly(1e20m, 2)));

        Assert.Equal(new("request.Total", "request.Total = 100000000000000000000.00 EUR: must be at most 10000000000000.00 EUR", ErrorCodes.OutOfRange), error);
    }

    [Fact]
    public void A_max_months_of_a_million_is_refused()
        => Assert.Equal(
            "request.MaxMonths = 1000000: must be between 1 and 1200",
            Refusal(PaymentPlanCalculator.Calculate(Monthly(1_000m, 10) with { MaxMonths = 1_000_000 })).Message);

    [Fact]
    public void A_term_running_past_the_last_date_is_refused()
    {
        var request = new PlanRequest(Eur(1_000m), new LocalDate(9999, 1, 4), new LocalDate(9999, 2, 1), PlanFrequency.Monthly) { Count = 10 };

        Assert.Equal(
            "request.MaxMonths = 24: from the plan date 9999-01-04 the term would end after 9999-06-30, the last date a plan reaches",
            Refusal(PaymentPlanCalculator.Calculate(request)).Message);
    }

    [Fact]
    public void Dates_near_year_9999_are_refused()
    {
        var result = PaymentPlanCalculator.Calculate(new PlanRequest(Eur(1_000m), new LocalDate(9999, 12, 1), new LocalDate(9999, 12, 31), PlanFrequency.Weekly) { Count = 10 });

        Assert.Equal(["request.FirstDueDate", "request.PlanDate"], result.ValidationErrors.Select(e => e.Identifier));
    }

    [Fact]
    public void A_series_running_past_the_last_date_is_refused_before_it_is_dated()
    {
        var request = new PlanRequest(Eur(1_000_000m), new LocalDate(9990, 1, 1), new LocalDate(9990, 1, 8), PlanFrequency.Weekly) { Count = 10_000 };

        Assert.Equal(
            "request = 10000: 10000 instalments from 9990-01-08 would run past 9999-06-30, the last date a plan reaches",
            Refusal(PaymentPlanCalculator.Calculate(request)).Message);
    }

    [Fact]
    public void A_capacity_plan_running_past_the_last_date_is_refused_before_it_is_dated()
    {
        var request = new PlanRequest(Eur(1_000_000m), new LocalDate(9990, 1, 1), new LocalDate(9990, 1, 8), PlanFrequency.Weekly) { Capacity = Eur(200m) };

        Assert.StartsWith("request = 5000: 5000 instalments from 9990-01-08", Refusal(PaymentPlanCalculator.Calculate(request)).Message);
    }

    [Fact]
    public void An_annuity_of_ten_billion_over_2400_months_at_24_percent_is_answered()
    {
        var request = Monthly(1e10m, 2_400) with { MaxMonths = 1_200, Interest = new PlanInterest(AnnualRate.FromPercent(24m), AmortizationMethod.Annuity) };

        Assert.Equal(ErrorCodes.OutOfRange, Refusal(PaymentPlanCalculator.Calculate(request)).Code);
    }

    [Fact]
    public void An_annuity_over_a_century_at_the_highest_rate_is_computed()
    {
        // (1 + 1/52)^5,000 is beyond 10^20: the growth times the principal once overflowed.
        var request = new PlanRequest(Eur(1e10m), PlanDate, PlanDate.PlusDays(7), PlanFrequency.Weekly)
        {
            Count = 5_000,
            MaxMonths = 1_200,
            Interest = new PlanInterest(AnnualRate.FromPercent(PlanLimits.MaxRatePercent), AmortizationMethod.Annuity),
        };

        var plan = Calculated.Plan(request);

        Assert.Equal(Eur(1e10m), plan.Instalments.Aggregate(Eur(0m), (sum, i) => sum + i.Amount - i.Interest));
    }

    [Fact]
    public void A_rate_of_ten_pow_20_percent_is_refused()
    {
        var request = Monthly(1_000m, 10) with { Interest = new PlanInterest(AnnualRate.FromPercent(1e20m), AmortizationMethod.Annuity) };

        var error = Refusal(PaymentPlanCalculator.Calculate(request));

        Assert.Equal("request.Interest.Rate", error.Identifier);
        Assert.EndsWith(": must be at most 100 % a year", error.Message);
    }

    [Fact]
    public void Grace_days_of_int_max_are_refused()
    {
        var plan = Calculated.Plan(Monthly(1_000m, 10));

        var error = Refusal(PlanTracker.Track(plan, [], PlanDate.PlusYears(1), new PlanTolerance { GraceDays = int.MaxValue }));

        Assert.Equal("tolerance.GraceDays = 2147483647: must be between 0 and 365", error.Message);
        Assert.Equal("Tolerance.GraceDays", Refusal(new PlanPolicy { Tolerance = new PlanTolerance { GraceDays = int.MaxValue } }.Validate()).Identifier);
    }

    [Fact]
    public void Payments_beyond_two_pow_63_minor_units_are_refused()
    {
        var plan = Calculated.Plan(Monthly(1_000m, 10));
        var payments = new[] { new PlanPayment(PlanDate, Eur(5e16m)), new PlanPayment(PlanDate, Eur(5e16m)) };

        Assert.Equal("payments[1].Amount", Refusal(PlanTracker.Track(plan, payments, PlanDate)).Identifier);
    }

    [Fact]
    public void Proposals_for_a_capacity_in_another_currency_are_refused()
    {
        var request = new PlanRequest(Eur(1_000m), PlanDate, PlanDate.PlusMonths(1), PlanFrequency.Monthly) { Capacity = new Money(100m, Currency.GBP) };

        Assert.Equal(new("request.Capacity", "request.Capacity = 100.00 GBP: is not in EUR", ErrorCodes.CurrencyMismatch), Refusal(PlanProposals.For(request)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-50)]
    public void Proposals_for_a_capacity_not_positive_are_refused(decimal capacity)
    {
        var request = new PlanRequest(Eur(1_000m), PlanDate, PlanDate.PlusMonths(1), PlanFrequency.Monthly) { Capacity = Eur(capacity) };

        var error = Refusal(PlanProposals.For(request));

        Assert.Equal("request.Capacity", error.Identifier);
        Assert.EndsWith("must be positive, in whole minor units", error.Message);
    }

    private sealed record ValidationErrorView(string Identifier, string Message, string Code);
}
