using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Recouvrement.Internal;

namespace Recouvrement.Domain.Tests;

public class LargestRemainderTests
{
    [Fact]
    public void Leftover_units_go_to_the_largest_fractions_ties_by_placement()
    {
        decimal[] Hand(decimal[] floors, decimal[] fractions, int leftover, RemainderPlacement placement)
        {
            var copy = floors.ToArray();
            LargestRemainder.HandOut<decimal>(copy, fractions, leftover, placement);
            return copy;
        }

        decimal[] fractions = [0.5m, 0.9m, 0.5m, 0.1m, 0.5m];
        decimal[] floors = [1m, 1m, 1m, 0m, 1m];
        Assert.Equal([1m, 2m, 1m, 0m, 1m], Hand(floors, fractions, 1, RemainderPlacement.First));
        Assert.Equal([2m, 2m, 2m, 0m, 1m], Hand(floors, fractions, 3, RemainderPlacement.First));
        Assert.Equal([1m, 2m, 2m, 0m, 2m], Hand(floors, fractions, 3, RemainderPlacement.Last));
        Assert.Equal([2m, 2m, 2m, 1m, 2m], Hand(floors, fractions, 5, RemainderPlacement.First));

        // An overshoot is taken back from the smallest fractions whose floor is above zero, ties the other way round.
        Assert.Equal([1m, 1m, 1m, 0m, 0m], Hand(floors, fractions, -1, RemainderPlacement.First));
        Assert.Equal([0m, 1m, 1m, 0m, 1m], Hand(floors, fractions, -1, RemainderPlacement.Last));
        Assert.Equal([0m, 1m, 0m, 0m, 0m], Hand(floors, fractions, -3, RemainderPlacement.First));
    }

    [KernelProperty(MaxTest = 500)]
    public Property Handing_out_conserves_the_total_and_favours_the_largest_ranks()
    {
        var parts =
            from count in Gen.Choose(1, 12)
            from floors in Gen.Choose(0, 5).ArrayOf(count)
            from ranks in Gen.Choose(0, 9).ArrayOf(count)
            from leftover in Gen.Choose(0, count)
            select (Floors: floors, Ranks: ranks, Leftover: leftover);
        return Prop.ForAll(parts.ToArbitrary(), input =>
        {
            var (floors, ranks, leftover) = input;
            var handed = Array.ConvertAll(floors, floor => (decimal)floor);
            LargestRemainder.HandOut<int>(handed, ranks, leftover, RemainderPlacement.First);

            Assert.Equal(floors.Sum() + leftover, handed.Sum());
            var gained = Enumerable.Range(0, floors.Length).Where(i => handed[i] == floors[i] + 1).ToArray();
            Assert.Equal(leftover, gained.Length);
            Assert.All(Enumerable.Range(0, floors.Length).Except(gained), i => Assert.All(gained, g => Assert.True(ranks[g] >= ranks[i])));
        });
    }
}
