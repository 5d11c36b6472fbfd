namespace Recouvrement.Domain.Tests;

public partial class MoneyTests
{
    [Fact]
    public void Five_cents_split_two_ways_gives_three_and_two()
    {
        Assert.Equal(new[] { Eur(0.03m), Eur(0.02m) }, Eur(0.05m).Split(2));
        Assert.Equal(new[] { Eur(0.02m), Eur(0.03m) }, Eur(0.05m).Split(2, RemainderPlacement.Last));
    }

    [Fact]
    public void Hundred_euros_in_three()
        => Assert.Equal(new[] { Eur(33.34m), Eur(33.33m), Eur(33.33m) }, Eur(100m).Split(3));

    [Fact]
    public void Negative_amounts_split_symmetrically()
        => Assert.Equal(new[] { Eur(-33.34m), Eur(-33.33m), Eur(-33.33m) }, Eur(-100m).Split(3));

    [Fact]
    public void Yen_split_in_whole_yen()
    {
        var yen = new Money(100m, Currency.JPY);
        Assert.Equal(new[] { 34m, 33m, 33m }, yen.Split(3).Select(p => p.Amount));
    }

    [Fact]
    public void Amounts_beyond_a_long_of_minor_units_still_split_exactly()
    {
        var huge = Eur(123_456_789_012_345_678_901_234.57m);
        var parts = huge.Split(7, RemainderPlacement.Last);
        Assert.Equal(huge, parts.Aggregate(Eur(0m), (sum, p) => sum + p));
        Assert.Equal(Eur(0.01m), parts[6] - parts[0]);
    }

    [Fact]
    public void More_parts_than_minor_units_gives_zeros()
        => Assert.Equal(new[] { Eur(0.01m), Eur(0.01m), Eur(0m), Eur(0m) }, Eur(0.02m).Split(4));

    [Fact]
    public void Weighted_allocation_uses_the_largest_remainders()
    {
        // 10.00 by 1:1:1 → 3.333… each: one leftover cent to the first of the tied parts.
        Assert.Equal(new[] { Eur(3.34m), Eur(3.33m), Eur(3.33m) }, Eur(10m).Allocate([1m, 1m, 1m]));

        // 100.00 by 70:20:10 is exact.
        Assert.Equal(new[] { Eur(70m), Eur(20m), Eur(10m) }, Eur(100m).Allocate([70m, 20m, 10m]));

        // 1.00 by 1:2 → 0.333… and 0.666…: the larger fraction (0.6) wins the leftover cent.
        Assert.Equal(new[] { Eur(0.33m), Eur(0.67m) }, Eur(1m).Allocate([1m, 2m]));
    }

    [Fact]
    public void A_zero_weight_gets_zero()
        => Assert.Equal(new[] { Eur(0.34m), Eur(0m), Eur(0.33m), Eur(0.33m) }, Eur(1m).Allocate([1m, 0m, 1m, 1m]));

    [Fact]
    public void Split_and_allocate_reject_programmer_errors()
    {
        Assert.Throws<ArgumentOutOfRangeException>("parts", () => Eur(1m).Split(0));
        Assert.Throws<ArgumentNullException>("weights", () => Eur(1m).Allocate(null!));
        Assert.Throws<ArgumentException>("weights", () => Eur(1m).Allocate([]));
        Assert.Throws<ArgumentException>("weights", () => Eur(1m).Allocate([1m, -1m]));
        Assert.Throws<ArgumentException>("weights", () => Eur(1m).Allocate([0m, 0m]));
        Assert.Throws<InvalidOperationException>(() => Eur(1.005m).Split(2));
    }
}
