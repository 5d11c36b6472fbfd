using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using Recouvrement.Internal;

namespace Recouvrement;

/// <summary>Loss-free division of <see cref="Money"/>.</summary>
public readonly partial struct Money
{
    /// <summary>
    /// Splits the amount into <paramref name="parts"/> parts that differ by at most one minor unit and always sum to
    /// the amount: 100.00 EUR in 3 gives 33.34, 33.33 and 33.33.
    /// </summary>
    /// <param name="parts">The number of parts, from 1 to <see cref="MoneyAllocation.MaxParts"/>.</param>
    /// <param name="placement">Which parts receive the leftover minor units.</param>
    /// <returns>A new array of the parts, owned by the caller.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is below 1 or above <see cref="MoneyAllocation.MaxParts"/>.</exception>
    /// <exception cref="OverflowException">The amount is beyond <see cref="decimal.MaxValue"/> minor units.</exception>
    /// <exception cref="InvalidOperationException">The amount holds a fraction of a minor unit; round it first.</exception>
    /// <remarks><see cref="MoneyAllocation.Split"/> validates caller data into a result and explains the split.</remarks>
    [Pure]
    public Money[] Split(int parts, RemainderPlacement placement = RemainderPlacement.First)
    {
        Preconditions.CheckArgumentRange(nameof(parts), parts, 1, MoneyAllocation.MaxParts);
        var result = new Money[parts];
        SplitInto(result, placement);
        return result;
    }

    /// <summary>
    /// Allocates the amount in proportion to <paramref name="weights"/> by the largest-remainder method: each part
    /// gets its proportional share rounded down to the minor unit, then the leftover minor units go one each to the
    /// parts with the largest fractions (ties broken by <paramref name="placement"/>). The parts always sum to the
    /// amount, and a zero weight always gets zero.
    /// </summary>
    /// <param name="weights">From 1 to <see cref="MoneyAllocation.MaxParts"/> non-negative weights, at least one positive.</param>
    /// <param name="placement">Which of equally deserving parts receive leftover minor units first.</param>
    /// <returns>A new array of the parts, in the order of the weights, owned by the caller.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// There are no weights or more than <see cref="MoneyAllocation.MaxParts"/>, a weight is negative, or no weight is positive.
    /// </exception>
    /// <exception cref="OverflowException">The amount is beyond <see cref="decimal.MaxValue"/> minor units, or the weights sum beyond <see cref="decimal.MaxValue"/>.</exception>
    /// <exception cref="InvalidOperationException">The amount holds a fraction of a minor unit; round it first.</exception>
    [Pure]
    public Money[] Allocate(IReadOnlyList<decimal> weights, RemainderPlacement placement = RemainderPlacement.First)
    {
        Preconditions.CheckNotNull(weights, nameof(weights));
        var result = new Money[weights.Count];
        AllocateInto(weights, result, placement);
        return result;
    }

    /// <summary>Fills <paramref name="destination"/> with an equal split; returns how many parts got a leftover unit.</summary>
    internal int SplitInto(Money[] destination, RemainderPlacement placement)
    {
        var money = Currency;
        var units = ToMinorUnits();
        var parts = destination.Length;
        var magnitude = Math.Abs(units);
        decimal quotient;
        int extra;
        if (magnitude <= long.MaxValue)
        {
            // The common case: integer division is exact and several times faster than decimal division.
            var whole = (long)magnitude;
            quotient = whole / parts;
            extra = (int)(whole % parts);
        }
        else
        {
            // The remainder first: decimal % is exact on integers, and what is left divides exactly. Dividing first
            // rounds at 28 digits, and near decimal.MaxValue the rounded quotient times the parts overflows.
            extra = (int)(magnitude % parts);
            quotient = (magnitude - extra) / parts;
        }

        var lowAmount = quotient * money.MinorUnit;
        // Only when a part takes a leftover unit: the quotient is then below the magnitude, so one more unit fits.
        var highAmount = extra > 0 ? lowAmount + money.MinorUnit : lowAmount;
        var low = new Money(units < 0m ? -lowAmount : lowAmount, money);
        var high = new Money(units < 0m ? -highAmount : highAmount, money);
        var firstHigh = placement == RemainderPlacement.First ? 0 : parts - extra;
        var endHigh = firstHigh + extra;
        for (var i = 0; i < parts; i++)
        {
            destination[i] = i >= firstHigh && i < endHigh ? high : low;
        }

        return extra;
    }

    /// <summary>Fills <paramref name="destination"/> by weights; returns the leftover units handed out.</summary>
    internal int AllocateInto(IReadOnlyList<decimal> weights, Money[] destination, RemainderPlacement placement)
    {
        var count = weights.Count;
        Preconditions.CheckArgument(count > 0, nameof(weights), "At least one weight is required.");
        Preconditions.CheckArgument(count <= MoneyAllocation.MaxParts, nameof(weights), $"At most {MoneyAllocation.MaxParts} weights are allowed.");
        var totalWeight = 0m;
        for (var i = 0; i < count; i++)
        {
            if (weights[i] < 0m)
            {
                // The message is formatted only when thrown: an allocation checks every weight.
                throw new ArgumentException($"Weight {i} is negative.", nameof(weights));
            }

            totalWeight += weights[i];
        }

        Preconditions.CheckArgument(totalWeight > 0m, nameof(weights), "At least one weight must be positive.");

        var money = Currency;
        var units = ToMinorUnits();
        var magnitude = Math.Abs(units);
        var floors = new decimal[count];
        var fractions = new decimal[count];
        // Counted down from the magnitude: a share rounded up at 28 digits can make the floors sum past decimal.MaxValue
        // near it, never below a few units under zero.
        var unassigned = magnitude;
        for (var i = 0; i < count; i++)
        {
            // The weight's fraction of the whole first: at most 1, so the share never exceeds the total, however small
            // the weights (units per unit of weight would overflow once the weights sum below total / 10^28).
            var share = magnitude * (weights[i] / totalWeight);
            floors[i] = decimal.Truncate(share);
            fractions[i] = share - floors[i];
            unassigned -= floors[i];
        }

        // The leftover is what the floors missed; handing it out by largest fraction keeps the sum exact.
        var leftover = (int)unassigned;
        LargestRemainder.HandOut<decimal>(floors, fractions, leftover, placement);
        for (var i = 0; i < count; i++)
        {
            var amount = floors[i] * money.MinorUnit;
            destination[i] = new Money(units < 0m ? -amount : amount, money);
        }

        return Math.Max(leftover, 0);
    }
}
