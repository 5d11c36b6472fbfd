using Recouvrement.Plans;

namespace Recouvrement.Domain.Tests;

/// <summary>Plans the tests expect the calculator to accept: a refusal fails the test with its reasons.</summary>
internal static class Calculated
{
    internal static PaymentPlan Plan(PlanRequest request)
    {
        var result = PaymentPlanCalculator.Calculate(request);
        Assert.True(result.IsSuccess, string.Join("; ", result.ValidationErrors.Select(e => e.ErrorMessage)));
        return result.Value;
    }
}
