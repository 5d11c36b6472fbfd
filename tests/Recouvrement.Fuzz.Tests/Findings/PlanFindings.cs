using NodaTime;
using Recouvrement.Plans;

namespace Recouvrement.Fuzz.Tests.Findings;

/// <summary>What the plan fuzz properties found at 2,000 cases a property, each input as the fuzzer gave it (cut to what matters).</summary>
public sealed class PlanFindings
{
    [Fact]
    public void A_step_over_a_million_instalments_is_checked_without_overflow()
    {
        // The step's bound computed count × (count − 1) in int: 1,000,000 instalments overflowed it.
        var request = new PlanRequest(new Money(723_537m, Currency.EUR), new LocalDate(2015, 10, 9), new LocalDate(2015, 10, 16), PlanFrequency.Fortnightly)
        {
            Count = 1_000_000,
            Step = new Money(-66_584m, Currency.EUR),
        };

        var plan = PaymentPlanCalculator.Calculate(request);

        Assert.Contains("request.Step", plan.ValidationErrors.Select(e => e.Identifier));
    }

    [Fact]
    public void Debts_beyond_the_plan_limit_are_refused_before_they_are_summed()
    {
        // Two debts of decimal.MaxValue / 2 each: the sum overflowed before the total was checked.
        var huge = new Money(39614081257132168796771975168m, Currency.EUR);

        var request = PlanRequest.Consolidating([new PlanDebt("F-1", new LocalDate(2026, 1, 1), huge), new PlanDebt("F-2", new LocalDate(2026, 2, 1), huge)], new LocalDate(2026, 3, 1), new LocalDate(2026, 4, 1), PlanFrequency.Monthly);

        Assert.Equal(["debts[0].Amount", "debts[1].Amount"], request.ValidationErrors.Select(e => e.Identifier));
    }
}
