using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>
/// One interest line of the walk, as day numbers, before the rounded total is shared: Σ base × days in minor units at
/// one rate over a year basis; <paramref name="Period"/> indexes the breakdown's rate periods.
/// </summary>
internal readonly record struct Accrual(int From, int To, int Days, long BalanceDays, ScaledDecimal Rate, int YearBasis, int Period)
{
    /// <summary>The exact interest in minor units × the year basis: balance-days × rate.</summary>
    public decimal Numerator => BalanceDays * Rate.Value;

    /// <summary>The base, or under the average-daily-balance method the month's average.</summary>
    public Money Base(Currency currency)
        => BalanceDays % Days == 0 ? Money.FromMinorUnits(BalanceDays / Days, currency)
            : new Money(BalanceDays / (decimal)(Days * (long)currency.UnitsPerMajor), currency);
}
