using System;

namespace Recouvrement.Internal;

/// <summary>
/// Interest summed exactly: Σ minor units × days × rate per year basis, divided once. Sums of short exact products are
/// cheap, sums of 28-digit quotients are not; a day count has two bases at most (365 and 366 under Actual/Actual).
/// </summary>
internal struct ExactInterest
{
    private BasisSum first;
    private BasisSum second;

    /// <summary>The exact interest in major units.</summary>
    public readonly decimal Value(int unitsPerMajor) => first.Value(unitsPerMajor) + second.Value(unitsPerMajor);

    /// <summary>The exact interest rounded once, half away from zero, to the currency's minor unit.</summary>
    public readonly Money Rounded(Currency currency)
        => second.Basis == 0 && first.TryRoundedUnits(out var units) ? Money.FromMinorUnits(units, currency)
            : new Money(Math.Round(Value(currency.UnitsPerMajor), currency.MinorUnits, MidpointRounding.AwayFromZero), currency);

    /// <summary>Adds <paramref name="balanceDays"/> (minor units × days) at <paramref name="rate"/> over <paramref name="yearBasis"/> days.</summary>
    public void Add(long balanceDays, in ScaledDecimal rate, int yearBasis)
    {
        if (balanceDays == 0 || yearBasis == 0)
        {
            return;
        }

        if (first.Basis == 0 || first.Basis == yearBasis)
        {
            first.Add(yearBasis, balanceDays, rate);
        }
        else
        {
            second.Add(yearBasis, balanceDays, rate);
        }
    }

    /// <summary>
    /// Σ balance-days × rate over one year basis, exact: a whole count of 10^-scale in a long while it stays far from
    /// overflow — rates have a few decimals, so it nearly always does, and integers add several times faster than
    /// decimals — and a decimal beyond.
    /// </summary>
    private struct BasisSum
    {
        private long units;
        private int scale;
        private decimal beyond;
        private bool inDecimal;

        public int Basis { get; private set; }

        /// <summary>The sum in major units × the basis, divided by it: the exact interest.</summary>
        public readonly decimal Value(int unitsPerMajor)
            => Basis == 0 ? 0m : (inDecimal ? beyond : ScaledDecimal.ToDecimal(units, scale)) / (Basis * unitsPerMajor);

        /// <summary>The sum divided by the basis and rounded half away from zero, in integers; false past a long.</summary>
        public readonly bool TryRoundedUnits(out long rounded)
        {
            rounded = 0;
            if (Basis == 0)
            {
                return true;
            }

            var divisor = (long)Basis;
            if (inDecimal || !ScaledDecimal.TryScaleUp(ref divisor, scale))
            {
                return false;
            }

            var magnitude = Math.Abs(units);
            var whole = (magnitude / divisor) + ((magnitude % divisor) * 2 >= divisor ? 1L : 0L);
            rounded = units < 0 ? -whole : whole;
            return true;
        }

        public void Add(int basis, long balanceDays, in ScaledDecimal rate)
        {
            Basis = basis;
            if (!inDecimal && rate.Fits && TryAddUnits(balanceDays, rate))
            {
                return;
            }

            if (!inDecimal)
            {
                (beyond, inDecimal) = (ScaledDecimal.ToDecimal(units, scale), true);
            }

            beyond += balanceDays * rate.Value;
        }

        private bool TryAddUnits(long balanceDays, in ScaledDecimal rate)
        {
            // Sum and term at the finer of the two scales, each and their sum below the bound.
            var sum = units;
            if (!ScaledDecimal.TryScaleUp(ref sum, Math.Max(rate.Scale - scale, 0))
                || !ScaledDecimal.TryMultiply(balanceDays, rate.Units, out var term)
                || !ScaledDecimal.TryScaleUp(ref term, Math.Max(scale - rate.Scale, 0))
                || !ScaledDecimal.TryAdd(sum, term, out sum))
            {
                return false;
            }

            (units, scale) = (sum, Math.Max(scale, rate.Scale));
            return true;
        }
    }
}
