using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Recouvrement.Calendars;
using Recouvrement.Plans;

namespace Recouvrement.Domain.Tests;

/// <summary>Invariants of interest-bearing, stepped and adjusted plans.</summary>
public class PlanTermsProperties
{
    // A Monday, so that no convention moves an instalment before the plan date.
    private static readonly LocalDate PlanDate = new(2026, 2, 2);

    private static readonly Arbitrary<PlanRequest> Requests =
        (from cents in Gen.Choose(10_000, 5_000_000)
         from count in Gen.Choose(1, 36)
         from byCapacity in Gen.Elements(false, false, true)
         from frequency in Gen.Elements(PlanFrequency.List.ToArray())
         from firstOffset in Gen.Choose(0, 120)
         from method in Gen.Elements(AmortizationMethod.Annuity, AmortizationMethod.SimpleInterest)
         from ratePermille in Gen.Choose(0, 250)
         from convention in Gen.Elements(Enum.GetValues<BusinessDayConvention>())
         let total = new Money(cents / 100m, Currency.EUR)
         select new PlanRequest(total, PlanDate, PlanDate.PlusDays(firstOffset), frequency)
         {
             Count = byCapacity ? null : count,
             // A capacity above the first period's interest (at most 25 % a year plus the deferral).
             Capacity = byCapacity ? new Money(Math.Round((total.Amount / count) + (total.Amount * 0.2m), 2), Currency.EUR) : null,
             Interest = new PlanInterest(AnnualRate.FromPercent(ratePermille / 10m), method),
             Calendar = new WeekendsOnly(),
             Convention = convention,
             MaxMonths = 600,
         }).ToArbitrary();

    private static Money Sum(IEnumerable<Money> amounts) => amounts.Aggregate(Money.Zero(Currency.EUR), (sum, m) => sum + m);

    [KernelProperty(MaxTest = 300)]
    public Property Principal_parts_add_up_to_the_principal_and_the_instalments_to_the_total()
        => Prop.ForAll(Requests, request =>
        {
            var plan = Calculated.Plan(request);
            Assert.Equal(request.Total, Sum(plan.Instalments.Select(i => i.Principal)));
            Assert.Equal(plan.Total, Sum(plan.Instalments.Select(i => i.Amount)));
            Assert.Equal(plan.Total, plan.Principal + plan.Interest);
            Assert.All(plan.Instalments, i => Assert.True(i.Principal.IsPositive && !i.Interest.IsNegative));
            if (request.Capacity is { } capacity)
            {
                Assert.All(plan.Instalments, i => Assert.True(i.Amount <= capacity));
            }
            else
            {
                Assert.Equal(request.Count, plan.Instalments.Count);
            }
        });

    [KernelProperty(MaxTest = 200)]
    public Property Adjusted_dates_strictly_increase_on_business_days()
        => Prop.ForAll(Requests, request =>
        {
            var dates = Calculated.Plan(request).Instalments.Select(i => i.DueDate).ToArray();
            Assert.All(dates, d => Assert.True(request.Convention == BusinessDayConvention.Unadjusted || request.Calendar!.IsBusinessDay(d), $"{d} is not a business day"));
            Assert.All(dates.Zip(dates.Skip(1)), pair => Assert.True(pair.First < pair.Second, $"{pair.First} then {pair.Second}"));
        });

    [KernelProperty(MaxTest = 200)]
    public Property At_a_zero_rate_an_interest_bearing_plan_is_the_interest_free_plan()
        => Prop.ForAll(Requests, Gen.Elements(RemainderPlacement.First, RemainderPlacement.Last).ToArbitrary(), (request, placement) =>
        {
            var free = request with { Interest = null, RemainderOn = placement };
            var zero = free with { Interest = new PlanInterest(AnnualRate.Zero, request.Interest!.Method) };
            Assert.Equal(Calculated.Plan(free).Instalments, Calculated.Plan(zero).Instalments);
        });

    [KernelProperty(MaxTest = 200)]
    public Property Never_more_instalments_than_the_maximum_count()
        => Prop.ForAll(Requests, Gen.Choose(1, 40).ToArbitrary(), (request, maxCount) =>
        {
            var result = PaymentPlanCalculator.Calculate(request with { MaxCount = maxCount });
            if (result.IsSuccess)
            {
                Assert.InRange(result.Value.Instalments.Count, 1, maxCount);
            }
            else
            {
                Assert.Contains($"more than the {maxCount} instalments allowed", Assert.Single(result.ValidationErrors).ErrorMessage, StringComparison.Ordinal);
            }
        });

    [KernelProperty(MaxTest = 200)]
    public Property Interest_grows_with_the_rate()
        => Prop.ForAll(Requests, request =>
        {
            var higher = request with { Interest = request.Interest! with { Rate = request.Interest.Rate + AnnualRate.FromPercent(1m) } };
            Assert.True(Calculated.Plan(higher).Interest >= Calculated.Plan(request).Interest);
        });

    [KernelProperty(MaxTest = 200)]
    public Property Stepped_plans_add_up_and_step_by_the_amount_asked()
        => Prop.ForAll(Gen.Choose(10_000, 5_000_000).ToArbitrary(), Gen.Choose(2, 24).ToArbitrary(), Gen.Choose(-500, 500).ToArbitrary(), (cents, count, stepCents) =>
        {
            var request = new PlanRequest(new Money(cents / 100m, Currency.EUR), PlanDate, PlanDate, PlanFrequency.Monthly) { Count = count, Step = new Money(stepCents / 100m, Currency.EUR) };
            var result = PaymentPlanCalculator.Calculate(request);
            if (!result.IsSuccess)
            {
                Assert.Equal("request.Step", Assert.Single(result.ValidationErrors).Identifier);
                return;
            }

            var amounts = result.Value.Instalments.Select(i => i.Amount.Amount).ToArray();
            Assert.Equal(request.Total.Amount, amounts.Sum());
            Assert.All(amounts, a => Assert.True(a > 0m));
            // Every step is the one asked, but the last, which also takes the rounding remainder (less than one cent per instalment).
            Assert.All(amounts.Zip(amounts.Skip(1)).SkipLast(1), pair => Assert.Equal(stepCents / 100m, pair.Second - pair.First));
            Assert.InRange(amounts[^1] - amounts[^2] - (stepCents / 100m), 0m, (count - 1) / 100m);
        });
}
