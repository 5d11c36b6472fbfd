namespace Recouvrement.Penalties;

/// <summary>
/// The domain of the contractual late-payment rules, in one place: terms beyond these limits are refused by
/// <see cref="LatePaymentRule.Contractual"/> and <see cref="LatePaymentRule.FranceBusinessContractualRate"/> with an
/// <see cref="ErrorCodes.OutOfRange"/> error naming the field, the value and the limit.
/// </summary>
/// <remarks>
/// Statutory late-payment rates sit between 5 and 25 % a year (ECB + 8 to 10 points, Bank of England + 8, three times
/// the French legal rate); the limits lie far beyond, and keep the interest on any invoice the calculator accepts exact in
/// 64-bit counts of minor units.
/// </remarks>
public static class PenaltyLimits
{
    /// <summary>The highest annual rate a contract may set, fixed or as reference rate plus margin: 100 %.</summary>
    public const decimal MaxRatePercent = 100m;

    /// <summary>The most grace days a contract may grant after the due date: 365.</summary>
    public const int MaxGraceDays = 365;
}
