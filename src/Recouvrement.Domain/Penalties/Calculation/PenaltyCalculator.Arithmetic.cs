using System;
using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>The exact arithmetic of the walk: sums of numerators per year basis, month balances.</summary>
public static partial class PenaltyCalculator
{
    /// <summary>
    /// The exact interest as numerators (minor units × days × rate) summed per year basis and divided once: sums of
    /// short exact products are cheap, sums of 28-digit quotients are not. A day count has two bases at most (365 and
    /// 366 under Actual/Actual).
    /// </summary>
    private struct ExactSum
    {
        private Numerator first;
        private Numerator second;

        /// <summary>The exact interest in major units.</summary>
        public readonly decimal Value(int unitsPerMajor) => first.Value(unitsPerMajor) + second.Value(unitsPerMajor);

        /// <summary>The exact interest rounded once, half away from zero, to the currency's minor unit.</summary>
        public readonly Money Rounded(Currency currency)
            => second.Basis == 0 && first.TryRoundedUnits(out var units) ? Money.FromMinorUnits(units, currency)
                : new Money(Math.Round(Value(currency.UnitsPerMajor), currency.MinorUnits, MidpointRounding.AwayFromZero), currency);

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
    }

    /// <summary>
    /// Σ balance-days × rate over one year basis, exact: a whole count of 10^-scale in a long while it stays far from
    /// overflow — rates have a few decimals, so it nearly always does, and integers add several times faster than
    /// decimals — and a decimal beyond.
    /// </summary>
    private struct Numerator
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

    /// <summary>
    /// The average-daily-balance month being summed: one line per calendar month, the average daily balance over the
    /// month's overdue days at the rate of its first overdue day.
    /// </summary>
    private struct MonthlyBalance
    {
        private int key;
        private int from;
        private int to;
        private int days;
        private long balanceDays;
        private ScaledDecimal rate;
        private int yearBasis;
        private int period;

        /// <summary>Whether a line of the month <paramref name="monthKey"/> (year × 12 + month) joins this one.</summary>
        public readonly bool Holds(int monthKey) => days == 0 || key == monthKey;

        public void Add(int monthKey, int from, int to, int days, long balanceDays, in ScaledDecimal rate, int yearBasis, int period)
        {
            if (this.days == 0)
            {
                (key, this.from, this.rate, this.yearBasis, this.period) = (monthKey, from, rate, yearBasis, period);
            }

            this.to = to;
            this.days += days;
            this.balanceDays += balanceDays;
        }

        /// <summary>Hands the month's line, if any, to the sink and its interest to the sum; starts afresh.</summary>
        public void Flush<TSink>(ref TSink sink, ref ExactSum interest)
            where TSink : IAccrualSink
        {
            if (days == 0)
            {
                return;
            }

            // average × rate × days = balance-days × rate: the average is for the breakdown, the interest stays exact.
            interest.Add(balanceDays, rate, yearBasis);
            sink.Line(new Accrual(from, to, days, balanceDays, rate, yearBasis, period));
            this = default;
        }
    }
}
