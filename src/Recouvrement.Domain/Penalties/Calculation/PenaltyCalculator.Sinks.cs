using System;
using System.Collections.Generic;
using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>Where the walk hands what it computes: the totals alone, or the breakdown's lines.</summary>
public static partial class PenaltyCalculator
{
    /// <summary>Where the walk hands rate periods, missing rates and interest lines.</summary>
    private interface IAccrualSink
    {
        /// <summary>A rate period starts (day numbers); returns its index for the lines that follow.</summary>
        int Period(int from, int to, in RateSpan span);

        void Missing(in RateSpan span);

        void Line(in Accrual line);
    }

    /// <summary>
    /// One interest line, as day numbers, before the rounded total is shared: Σ base × days in minor units at one rate
    /// over a year basis; <paramref name="Period"/> indexes the rate periods.
    /// </summary>
    private readonly record struct Accrual(int From, int To, int Days, long BalanceDays, ScaledDecimal Rate, int YearBasis, int Period)
    {
        /// <summary>The exact interest in minor units × the year basis: balance-days × rate.</summary>
        public decimal Numerator => BalanceDays * Rate.Value;

        /// <summary>The base, or under the average-daily-balance method the month's average.</summary>
        public Money Base(Currency currency)
            => BalanceDays % Days == 0 ? Money.FromMinorUnits(BalanceDays / Days, currency)
                : new Money(BalanceDays / (decimal)(Days * (long)currency.UnitsPerMajor), currency);
    }

    /// <summary>Keeps nothing but whether a rate was missing: the allocation-free path.</summary>
    private struct TotalOnly : IAccrualSink
    {
        /// <summary>Gets the first series found missing a rate.</summary>
        public ReferenceRateSeries? MissingIn { get; private set; }

        public readonly int Period(int from, int to, in RateSpan span) => 0;

        public void Missing(in RateSpan span) => MissingIn ??= span.MissingIn;

        public readonly void Line(in Accrual line)
        {
        }
    }

    /// <summary>
    /// Keeps the rate periods, notes, errors and lines of the breakdown: a value, so that the walk is compiled for it and
    /// calls it directly.
    /// </summary>
    private readonly struct Lines(LateInvoice invoice, LatePaymentRule rule, bool carryForward, ValidationErrors errors) : IAccrualSink
    {
        // Up to this many lines share the rounded total on the stack.
        private const int StackLines = 32;

        // The lists the walk fills, kept by the thread between breakdowns (which copy out of them); taken, not shared.
        [ThreadStatic]
        private static (List<Accrual> Lines, List<(RatePeriod Period, int From, int To)> Periods)? kept;

        private readonly (List<Accrual> Lines, List<(RatePeriod Period, int From, int To)> Periods) work = Take();

        public List<PenaltyNote> Notes { get; } = [];

        public int Period(int from, int to, in RateSpan span)
        {
            var period = span.ToPeriod(DayNumber.ToDate(from), DayNumber.ToDate(to));
            work.Periods.Add((period, from, to));
            if (rule.NoteOn(period) is { } note)
            {
                Notes.Add(note);
            }

            return work.Periods.Count - 1;
        }

        public void Missing(in RateSpan span)
            => errors.Add("rates", span.ReferenceDate, span.MissingIn!.Unknown(span.ReferenceDate, carryForward, out var code)!, code);

        public void Line(in Accrual line) => work.Lines.Add(line);

        /// <summary>
        /// The interest lines, sharing the rounded <paramref name="interest"/> so that they add up to it: each line gets its
        /// exact amount rounded down to the minor unit, and the units left over go to the lines with the largest
        /// remainders. When the rule's minimum or cap changed the total, it is shared in proportion to the exact amounts.
        /// Gives the thread its lists back.
        /// </summary>
        public InterestLine[] Share(Money interest)
        {
            var (lines, periods) = work;
            var currency = invoice.Amount.Currency;
            var count = lines.Count;
            Span<decimal> floors = count <= StackLines ? stackalloc decimal[count] : new decimal[count];
            Span<long> ranks = count <= StackLines ? stackalloc long[count] : new long[count];
            bool handedOut;
            if (WholeShares(floors, ranks))
            {
                handedOut = TryHandOut<long>(floors, ranks, interest);
            }
            else
            {
                Span<decimal> fractions = count <= StackLines ? stackalloc decimal[count] : new decimal[count];
                handedOut = DecimalShares(floors, fractions) && TryHandOut<decimal>(floors, fractions, interest);
            }

            Money[]? shares = null;
            if (!handedOut && interest.IsPositive && lines.Exists(line => line.Numerator > 0m))
            {
                shares = interest.Allocate(lines.ConvertAll(line => Math.Max(line.Numerator / line.YearBasis, 0m)));
            }
            else if (!handedOut)
            {
                floors.Clear();
            }

            var result = new InterestLine[count];
            for (var i = 0; i < result.Length; i++)
            {
                // A line's ends are mostly its period's: their dates are known.
                var line = lines[i];
                var (period, periodFrom, periodTo) = periods[line.Period];
                var from = line.From == periodFrom ? period.From : DayNumber.ToDate(line.From);
                var to = line.To == periodTo ? period.To : DayNumber.ToDate(line.To);
                var amount = shares?[i] ?? Money.FromMinorUnits((long)floors[i], currency);
                result[i] = new InterestLine(from, to, line.Days, line.Base(currency), period, amount)
                {
                    YearBasis = line.YearBasis,
                    Exact = (line.BalanceDays, line.Rate.Value),
                };
            }

            lines.Clear();
            periods.Clear();
            kept = work;
            return result;
        }

        private static (List<Accrual>, List<(RatePeriod, int, int)>) Take()
        {
            var taken = kept ?? ([], []);
            kept = null;
            return taken;
        }

        /// <summary>Hands out the units the floors leave of <paramref name="interest"/>; false when they leave none to hand or too many.</summary>
        private static bool TryHandOut<TRank>(Span<decimal> floors, ReadOnlySpan<TRank> ranks, Money interest)
            where TRank : IComparable<TRank>
        {
            var leftover = interest.ToMinorUnits();
            foreach (var floor in floors)
            {
                leftover -= floor;
            }

            if (leftover < 0m || leftover > floors.Length)
            {
                return false;
            }

            Money.HandOut(floors, ranks, (int)leftover, RemainderPlacement.First);
            return true;
        }

        /// <summary>
        /// Fills each line's interest in minor units, rounded down, and a rank of its remainder, in integers: when every
        /// rate has at most six decimals and every product fits, which is nearly always; false otherwise.
        /// </summary>
        private bool WholeShares(Span<decimal> floors, Span<long> ranks)
        {
            // Remainders are ranked as fractions of one denominator, 10^scale × a multiple of every year basis; at most
            // two bases (365 and 366) and six decimals keep the ranks far below 2^63.
            var lines = work.Lines;
            var (scale, bases) = (0, 1);
            foreach (var line in lines)
            {
                scale = Math.Max(scale, line.Rate.Scale);
                bases *= bases % line.YearBasis == 0 ? 1 : line.YearBasis;
                if (!line.Rate.Fits || scale > 6 || bases > 365 * 366)
                {
                    return false;
                }
            }

            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var rate = line.Rate.Units;
                if (!ScaledDecimal.TryScaleUp(ref rate, scale - line.Rate.Scale) || !ScaledDecimal.TryMultiply(line.BalanceDays, rate, out var numerator))
                {
                    return false;
                }

                // A negative rate is shared in decimals, which know a remainder's sign.
                if (numerator < 0)
                {
                    return false;
                }

                var divisor = line.YearBasis * ScaledDecimal.PowerOfTen(scale);
                floors[i] = numerator / divisor;
                ranks[i] = numerator % divisor * (bases / line.YearBasis);
            }

            return true;
        }

        /// <summary>Fills each line's interest in minor units, rounded down, and its fraction; false when one is negative.</summary>
        private bool DecimalShares(Span<decimal> floors, Span<decimal> fractions)
        {
            var lines = work.Lines;
            var positive = true;
            for (var i = 0; i < lines.Count; i++)
            {
                var units = lines[i].Numerator / lines[i].YearBasis;
                floors[i] = decimal.Floor(units);
                fractions[i] = units - floors[i];
                positive &= units >= 0m;
            }

            return positive;
        }
    }
}
