using System;

namespace Recouvrement.Internal;

/// <summary>
/// The largest-remainder method, shared by every split of money into parts that must add up to a total — an amount
/// allocated by weights, a rounded interest total shared over its lines: each part is rounded down, then the units
/// left over go one each to the parts with the largest remainders.
/// </summary>
internal static class LargestRemainder
{
    /// <summary>
    /// The largest-remainder step: adds one unit to each of the <paramref name="leftover"/> parts with the largest
    /// <paramref name="ranks"/> — their fractions, or anything ordered as they are — ties broken by
    /// <paramref name="placement"/>; a negative leftover — 28-digit rounding of the shares overshooting by a few units —
    /// is taken back from the smallest, ties the other way round. A leftover larger than the parts that can take it goes
    /// round again, so the floors always end up summing to their total.
    /// </summary>
    internal static void HandOut<TRank>(Span<decimal> floors, ReadOnlySpan<TRank> ranks, int leftover, RemainderPlacement placement)
        where TRank : IComparable<TRank>
    {
        var fromFirst = placement == RemainderPlacement.First;
        var largest = leftover > 0;
        var remaining = Math.Abs(leftover);
        while (remaining > 0)
        {
            var adjusted = Adjust(floors, ranks, remaining, largest, largest ? fromFirst : !fromFirst);
            if (adjusted == 0)
            {
                // Nothing left to take a unit from: the floors are all zero already.
                return;
            }

            remaining -= adjusted;
        }
    }

    /// <summary>
    /// Adds one unit to the <paramref name="parts"/> largest ranks, or takes one from the smallest whose floor is above
    /// zero; among equal ranks the parts nearest the first (or the last) index come first. Returns how many parts it
    /// adjusted: fewer than asked when fewer parts can take a unit.
    /// </summary>
    private static int Adjust<TRank>(Span<decimal> floors, ReadOnlySpan<TRank> ranks, int parts, bool largest, bool fromFirst)
        where TRank : IComparable<TRank>
    {
        // Sorts the candidates' ranks in an array the thread keeps: the parts-th from the chosen end is the threshold,
        // and a pass in index order hands the units out — no comparer, no sort of indices, no allocation.
        var count = floors.Length;
        var table = Scratch<RankTable<TRank>>.Rent();
        var sorted = table.For(count);
        var candidates = 0;
        for (var i = 0; i < count; i++)
        {
            if (largest || floors[i] > 0m)
            {
                sorted[candidates++] = ranks[i];
            }
        }

        parts = Math.Min(parts, candidates);
        if (parts == 0)
        {
            Scratch<RankTable<TRank>>.Return(table);
            return 0;
        }

        Array.Sort(sorted, 0, candidates);
        var first = largest ? candidates - parts : 0;
        var threshold = sorted[largest ? first : parts - 1];
        var atThreshold = 0;
        for (var j = first; j < first + parts; j++)
        {
            atThreshold += sorted[j].CompareTo(threshold) == 0 ? 1 : 0;
        }

        for (var k = 0; k < count; k++)
        {
            var i = fromFirst ? k : count - 1 - k;
            var beyond = ranks[i].CompareTo(threshold) * (largest ? 1 : -1);
            if ((largest || floors[i] > 0m) && (beyond > 0 || (beyond == 0 && atThreshold-- > 0)))
            {
                floors[i] += largest ? 1m : -1m;
            }
        }

        Scratch<RankTable<TRank>>.Return(table);
        return parts;
    }

    /// <summary>The array <see cref="Adjust"/> sorts ranks in, rented per rank type.</summary>
    private sealed class RankTable<TRank> : IScratchTable
    {
        private TRank[] ranks = new TRank[16];

        /// <summary>The table with room for <paramref name="count"/> ranks.</summary>
        public TRank[] For(int count) => ranks.Length >= count ? ranks : ranks = new TRank[count];

        /// <inheritdoc/>
        public void Clear()
        {
            // Ranks are numbers: nothing of the caller's waits in them.
        }
    }
}
