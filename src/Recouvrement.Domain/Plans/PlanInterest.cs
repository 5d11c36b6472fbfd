using Recouvrement.Internal;

namespace Recouvrement.Plans;

/// <summary>The interest a plan bears: an annual rate and how it is spread over the instalments.</summary>
public sealed record PlanInterest
{
    /// <summary>Initializes a new instance of the <see cref="PlanInterest"/> record.</summary>
    /// <param name="rate">The annual rate, from zero (the interest-free plan exactly) to <see cref="PlanLimits.MaxRatePercent"/>.</param>
    /// <param name="method">How the instalments repay principal and interest.</param>
    public PlanInterest(AnnualRate rate, AmortizationMethod method)
    {
        Rate = rate;
        Method = method;
    }

    /// <summary>Gets the annual rate, from zero (the interest-free plan exactly) to <see cref="PlanLimits.MaxRatePercent"/>.</summary>
    public AnnualRate Rate { get; init; }

    /// <summary>Gets how the instalments repay principal and interest.</summary>
    public AmortizationMethod Method { get; init; }

    /// <summary>Gets whether the instalments are constant: an annuity at a positive rate, whose last instalment settles the rounding.</summary>
    internal bool IsAnnuity => Method == AmortizationMethod.Annuity && Rate > AnnualRate.Zero;

    /// <summary>
    /// Names the terms under <paramref name="field"/> when the method is missing or the rate negative, and the rate when
    /// it is above <see cref="PlanLimits.MaxRatePercent"/>.
    /// </summary>
    internal static void Check(string field, PlanInterest? interest, ValidationErrors errors)
    {
        if (interest is not null && (interest.Method is null || interest.Rate < AnnualRate.Zero))
        {
            errors.Add(field, interest, "needs a method and a rate not negative", ErrorCodes.OutOfRange);
        }
        else if (interest is not null && interest.Rate.Fraction > PlanLimits.MaxRatePercent / 100m)
        {
            errors.Add($"{field}.{nameof(Rate)}", interest.Rate, $"must be at most {PlanLimits.MaxRatePercent} % a year", ErrorCodes.OutOfRange);
        }
    }

    /// <summary>Names <paramref name="field"/> when an annuity is asked to put the rounding remainder on the first instalment.</summary>
    internal static void CheckRemainder(string field, PlanInterest? interest, RemainderPlacement placement, ValidationErrors errors)
    {
        if (interest is { IsAnnuity: true } && placement == RemainderPlacement.First)
        {
            errors.Add(field, placement, "an annuity's last instalment settles the rounding; choose Last", ErrorCodes.Conflict);
        }
    }
}
