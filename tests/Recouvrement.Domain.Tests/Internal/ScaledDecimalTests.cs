using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Recouvrement.Internal;

namespace Recouvrement.Domain.Tests;

public class ScaledDecimalTests
{
    [Fact]
    public void A_decimal_reads_as_its_digits_and_scale()
    {
        Assert.True(ScaledDecimal.TryRead(0.145m, out var units, out var scale));
        Assert.Equal((145L, 3), (units, scale));
        Assert.True(ScaledDecimal.TryRead(-12.50m, out units, out scale));
        Assert.Equal((-1250L, 2), (units, scale));
        Assert.False(ScaledDecimal.TryRead(decimal.MaxValue, out _, out _));
        Assert.False(new ScaledDecimal(decimal.MinValue).Fits);
    }

    [Fact]
    public void Counts_are_scaled_multiplied_and_added_only_below_the_bound()
    {
        const long Bound = ScaledDecimal.Bound;
        var largest = (Bound - 1) / 100;
        Assert.True(ScaledDecimal.TryScaleUp(ref largest, 2));
        Assert.Equal((Bound - 1) / 100 * 100, largest);
        var tooLarge = ((Bound - 1) / 100) + 1;
        Assert.False(ScaledDecimal.TryScaleUp(ref tooLarge, 2));
        var tooSmall = -tooLarge;
        Assert.False(ScaledDecimal.TryScaleUp(ref tooSmall, 2));
        var one = 1L;
        Assert.False(ScaledDecimal.TryScaleUp(ref one, 19));

        Assert.True(ScaledDecimal.TryMultiply(-(1L << 31), 1L << 30, out var product));
        Assert.Equal(-(1L << 61), product);
        Assert.False(ScaledDecimal.TryMultiply(1L << 31, 1L << 31, out _));
        Assert.False(ScaledDecimal.TryMultiply(long.MaxValue, 2, out _));
        Assert.False(ScaledDecimal.TryMultiply(1L << 40, -(1L << 40), out _));

        Assert.True(ScaledDecimal.TryAdd(Bound - 2, 1, out var sum));
        Assert.Equal(Bound - 1, sum);
        Assert.False(ScaledDecimal.TryAdd(Bound - 1, 1, out _));
        Assert.False(ScaledDecimal.TryAdd(-(Bound - 1), -1, out _));
    }

    [KernelProperty]
    public Property Digits_read_back_to_the_same_decimal()
        => Prop.ForAll(
            Gen.Choose(int.MinValue, int.MaxValue).Two().Select(p => ((long)p.Item1 << 20) ^ p.Item2).ToArbitrary(),
            Gen.Choose(0, 18).ToArbitrary(),
            (units, scale) =>
            {
                var value = ScaledDecimal.ToDecimal(units, scale);
                Assert.True(ScaledDecimal.TryRead(value, out var read, out var readScale));
                Assert.Equal(value, ScaledDecimal.ToDecimal(read, readScale));
            });
}
