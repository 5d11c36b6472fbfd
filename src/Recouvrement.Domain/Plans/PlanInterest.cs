namespace Recouvrement.Plans;

/// <summary>The interest a plan bears: an annual rate and how it is spread over the instalments.</summary>
/// <param name="Rate">The annual rate, not negative; zero gives the interest-free plan exactly.</param>
/// <param name="Method">How the instalments repay principal and interest.</param>
public sealed record PlanInterest(AnnualRate Rate, AmortizationMethod Method);
