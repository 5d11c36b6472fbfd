using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Plans;
using Snapshooter;
using Snapshooter.Xunit;

namespace Recouvrement.Domain.Tests;

/// <summary>
/// What the plan calculator refuses, as the collector is told — every problem of a request with its field, value and
/// reason — and the bounds it accepts.
/// </summary>
public class PlanRefusalTests
{
    private static readonly LocalDate PlanDate = new(2026, 11, 23);

    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    private static PlanRequest Monthly(decimal total, int? count = 4) => new(Eur(total), PlanDate, PlanDate.PlusMonths(1), PlanFrequency.Monthly) { Count = count };

    public static TheoryData<string, PlanRequest> Refused => new()
    {
        { "total_frequency_dates_and_count", new PlanRequest(Eur(-1m), PlanDate, PlanDate.PlusDays(-1), null!) { Count = 0 } },
        { "count_and_capacity_both", Monthly(1_000m) with { Capacity = Eur(100m) } },
        { "count_and_capacity_neither", Monthly(1_000m, null) },
        { "count_above_the_limit", Monthly(1_000_000m, PlanLimits.MaxInstalments + 1) },
        { "amounts_in_another_currency", Monthly(1_000m, null) with { Capacity = new Money(100m, Currency.GBP), DownPayment = new Money(1m, Currency.GBP), MinimumInstalment = new Money(1m, Currency.GBP), Fee = new Money(1m, Currency.GBP) } },
        { "amounts_not_positive_or_not_whole", Monthly(1_000m, null) with { Capacity = Eur(0m), DownPayment = Eur(0.001m), MinimumInstalment = Eur(-1m), Fee = Eur(0m) } },
        { "capacity_below_the_minimum", Monthly(1_000m, null) with { Capacity = Eur(99.99m), MinimumInstalment = Eur(100m) } },
        { "down_payment_of_the_whole", Monthly(1_000m) with { DownPayment = Eur(1_000m) } },
        { "months_and_count_out_of_range", Monthly(1_000m) with { MaxMonths = 0, MaxCount = 0 } },
        { "dates_past_the_last", new PlanRequest(Eur(1_000m), PlanLimits.LastDate.PlusDays(1), PlanLimits.LastDate.PlusDays(1), PlanFrequency.Monthly) { Count = 2 } },
        { "term_past_the_last_date", new PlanRequest(Eur(1_000m), PlanLimits.LastDate.PlusMonths(-5), PlanLimits.LastDate.PlusMonths(-4), PlanFrequency.Monthly) { Count = 2, MaxMonths = 6 } },
        { "step_in_another_currency", Monthly(1_000m) with { Step = new Money(10m, Currency.GBP) } },
        { "step_without_a_count", Monthly(1_000m, null) with { Capacity = Eur(100m), Step = Eur(10m) } },
        { "step_with_an_annuity", Monthly(1_000m) with { Step = Eur(10m), Interest = new PlanInterest(AnnualRate.FromPercent(5m), AmortizationMethod.Annuity) } },
        { "step_making_an_instalment_nil", Monthly(1_000m) with { Step = Eur(166.67m) } },
        { "fee_for_a_consumer", Monthly(1_000m) with { Fee = Eur(40m), DebtorKind = DebtorKind.Consumer } },
        { "fee_without_a_debtor_kind", Monthly(1_000m) with { Fee = Eur(40m) } },
        { "interest_without_a_method_or_negative", Monthly(1_000m) with { Interest = new PlanInterest(AnnualRate.FromPercent(-1m), null!) } },
        { "debts_null", Monthly(1_000m) with { Debts = null! } },
        { "term_too_short", Monthly(1_000m, 30) with { MaxMonths = 12 } },
        { "more_instalments_than_allowed", Monthly(1_000m, null) with { Capacity = Eur(100m), MaxCount = 5 } },
        { "instalment_below_the_minimum", Monthly(1_000m, 20) with { MinimumInstalment = Eur(100m) } },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_refused_request_names_every_problem(string name, PlanRequest request)
    {
        var result = PaymentPlanCalculator.Calculate(request);

        Assert.False(result.IsSuccess);
        Snapshot.Match(string.Join("\n", result.ValidationErrors.Select(e => $"{e.ErrorCode} {e.ErrorMessage}")), SnapshotNameExtension.Create(name));
    }

    [Fact]
    public void A_missing_request_is_named()
        => Assert.Equal("request = null: must be given", Assert.Single(PaymentPlanCalculator.Calculate(null).ValidationErrors).ErrorMessage);

    [Fact]
    public void The_bounds_themselves_are_accepted()
    {
        PlanRequest[] accepted =
        [
            new(Eur(1_000m), PlanDate, PlanDate, PlanFrequency.Monthly) { Count = 1 },
            Monthly(1_000m) with { DownPayment = Eur(999.99m), Count = 1 },
            Monthly(1_000m, null) with { Capacity = Eur(100m), MinimumInstalment = Eur(100m) },
            Monthly(1_000m, null) with { Capacity = Eur(100m), MaxCount = 10 },
            Monthly(1_000m, 12) with { MaxMonths = 12 },
            Monthly(1_000m) with { MinimumInstalment = Eur(250m) },
            Monthly(1_000m) with { MinimumInstalment = Eur(0m) },
            Monthly(1_000m) with { Step = Eur(166.66m) },
            Monthly(1_000m) with { Step = Eur(-166.66m) },
            Monthly(1_000m) with { Fee = Eur(40m), DebtorKind = DebtorKind.Business },
        ];

        Assert.All(accepted, request =>
        {
            var result = PaymentPlanCalculator.Calculate(request);
            Assert.True(result.IsSuccess, string.Join("; ", result.ValidationErrors.Select(e => e.ErrorMessage)));
        });
    }
}
