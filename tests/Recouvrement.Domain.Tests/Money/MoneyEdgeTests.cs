using FsCheck;
using FsCheck.Fluent;

namespace Recouvrement.Domain.Tests;

/// <summary>Divisions at the edges of what the money kernel accepts: the largest amounts, the tiniest weights, the most parts.</summary>
public class MoneyEdgeTests
{
    /// <summary>The largest total an allocation accepts: decimal.MaxValue minor units.</summary>
    private static readonly Money Largest = new(decimal.MaxValue / 100m, Currency.EUR);

    private static readonly Gen<Money> FullRangeAmounts =
        from currency in MoneyArbitraries.Currencies
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        from mid in Gen.Choose(int.MinValue, int.MaxValue)
        from hi in Gen.Choose(int.MinValue, int.MaxValue)
        from negative in Gen.Elements(true, false)
        select new Money(new decimal(lo, mid, hi, negative, (byte)currency.MinorUnits), currency);

    private static readonly Gen<decimal[]> Weights =
        from count in Gen.Choose(1, 20)
        from weights in Gen.ArrayOf(Gen.Choose(0, 100_000).Select(w => w / 1000m), count)
        select weights.Sum() == 0m ? [.. weights.Take(count - 1), 1m] : weights;

    [Fact]
    public void Weights_summing_below_the_total_over_ten_pow_28_allocate_without_overflow()
    {
        var allocation = MoneyAllocation.ByWeights(new Money(1_000_000m, Currency.EUR), [1e-27m, 3e-27m]);

        Assert.True(allocation.IsSuccess);
        Assert.Equal([new Money(250_000m, Currency.EUR), new Money(750_000m, Currency.EUR)], allocation.Value.Parts);
    }

    [Fact]
    public void The_largest_amount_accepted_splits_in_two()
    {
        var allocation = MoneyAllocation.Split(Largest, 2);

        Assert.True(allocation.IsSuccess);
        Assert.Equal(Largest, allocation.Value.Parts[0] + allocation.Value.Parts[1]);
        Assert.Equal(Largest, Largest.Split(2, RemainderPlacement.Last).Aggregate((sum, part) => sum + part));
    }

    [Fact]
    public void More_than_max_parts_is_refused_not_allocated()
    {
        var one = new Money(1m, Currency.EUR);

        var error = MoneyAllocation.Split(one, int.MaxValue).ValidationErrors.Single();

        Assert.Equal("parts = 2147483647: must be at most 100000", error.ErrorMessage);
        Assert.Equal(ErrorCodes.OutOfRange, error.ErrorCode);
        Assert.Throws<ArgumentOutOfRangeException>("parts", () => one.Split(int.MaxValue));
        Assert.Equal(MoneyAllocation.MaxParts, one.Split(MoneyAllocation.MaxParts).Length);
        Assert.Equal(ErrorCodes.OutOfRange, MoneyAllocation.ByWeights(one, new decimal[MoneyAllocation.MaxParts + 1]).ValidationErrors.Single().ErrorCode);
    }

    [Fact]
    public void A_rounding_overshoot_of_two_units_is_all_taken_back()
    {
        // 3.96 × 10^28 öre by 47.905 divided at 28 digits overshot by two öre; only one was taken back.
        var total = new Money(396140812571321687967719751.57m, Currency.SEK);

        Assert.Equal([total], MoneyAllocation.ByWeights(total, [47.905m]).Value.Parts);
    }

    [MoneyProperty]
    public Property Allocation_over_the_full_accepted_range_sums_to_the_total()
        => Prop.ForAll(
            FullRangeAmounts.ToArbitrary(),
            Weights.ToArbitrary(),
            (total, weights) =>
            {
                var parts = MoneyAllocation.ByWeights(total, weights).Value.Parts;

                Assert.Equal(total, parts.Aggregate((sum, part) => sum + part));
                Assert.All(parts, p => Assert.True(p.IsWholeMinorUnits));
                Assert.All(weights.Zip(parts), wp => Assert.True(wp.First > 0m || wp.Second.IsZero));
            });
}
