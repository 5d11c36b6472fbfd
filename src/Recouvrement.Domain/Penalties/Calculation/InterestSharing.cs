using System;
using System.Collections.Generic;
using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>
/// The sharing of the rounded interest over the breakdown's lines, so that they add up to it: each line gets its exact
/// amount rounded down to the minor unit, and the units left over go to the lines with the largest remainders
/// (<see cref="LargestRemainder"/>). When the rule's minimum or cap changed the total, it is shared in proportion to the
/// exact amounts.
/// </summary>
internal static class InterestSharing
{
    // Up to this many lines share the rounded total on the stack.
    private const int StackLines = 32;

    /// <summary>The interest lines of <paramref name="tables"/>, sharing <paramref name="interest"/>.</summary>
    public static InterestLine[] Share(BreakdownTables tables, Money interest)
    {
        var (lines, periods) = (tables.Lines, tables.Periods);
        var currency = interest.Currency;
        var count = lines.Count;
        Span<decimal> floors = count <= StackLines ? stackalloc decimal[count] : new decimal[count];
        Span<long> ranks = count <= StackLines ? stackalloc long[count] : new long[count];
        bool handedOut;
        if (WholeShares(lines, floors, ranks))
        {
            handedOut = TryHandOut<long>(floors, ranks, interest);
        }
        else
        {
            Span<decimal> fractions = count <= StackLines ? stackalloc decimal[count] : new decimal[count];
            handedOut = DecimalShares(lines, floors, fractions) && TryHandOut<decimal>(floors, fractions, interest);
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

        return result;
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

        LargestRemainder.HandOut(floors, ranks, (int)leftover, RemainderPlacement.First);
        return true;
    }

    /// <summary>
    /// Fills each line's interest in minor units, rounded down, and a rank of its remainder, in integers: when every
    /// rate has at most six decimals and every product fits, which is nearly always; false otherwise.
    /// </summary>
    private static bool WholeShares(List<Accrual> lines, Span<decimal> floors, Span<long> ranks)
    {
        // Remainders are ranked as fractions of one denominator, 10^scale × a multiple of every year basis; at most
        // two bases (365 and 366) and six decimals keep the ranks far below 2^63.
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
    private static bool DecimalShares(List<Accrual> lines, Span<decimal> floors, Span<decimal> fractions)
    {
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
