namespace Recouvrement.Domain.Tests;

public class AnnualRateComparisonTests
{
    private static readonly AnnualRate Low = AnnualRate.FromPercent(4.5m);
    private static readonly AnnualRate SameAsLow = AnnualRate.FromFraction(0.045m);
    private static readonly AnnualRate High = AnnualRate.FromPercent(10m);

    [Fact]
    public void Each_operator_holds_on_its_own_side_of_the_boundary_and_at_it()
    {
        Assert.True(Low < High);
        Assert.False(High < Low);
        Assert.False(Low < SameAsLow);

        Assert.True(Low <= High);
        Assert.True(Low <= SameAsLow);
        Assert.False(High <= Low);

        Assert.True(High > Low);
        Assert.False(Low > High);
        Assert.False(Low > SameAsLow);

        Assert.True(High >= Low);
        Assert.True(Low >= SameAsLow);
        Assert.False(Low >= High);

        Assert.True(Low == AnnualRate.FromFraction(0.045m));
        Assert.False(Low == High);
        Assert.True(Low != High);
        Assert.False(Low != AnnualRate.FromFraction(0.045m));
    }

    [Fact]
    public void Compare_to_orders_by_the_rate_and_puts_null_first()
    {
        Assert.True(Low.CompareTo(High) < 0);
        Assert.True(High.CompareTo(Low) > 0);
        Assert.Equal(0, Low.CompareTo(AnnualRate.FromPercent(4.50m)));

        IComparable comparable = Low;
        Assert.Equal(1, comparable.CompareTo(null));
        Assert.True(comparable.CompareTo(High) < 0);
        var thrown = Assert.Throws<ArgumentException>(() => comparable.CompareTo(4.5m));
        Assert.Equal("obj", thrown.ParamName);
    }

    [Fact]
    public void Subtracting_and_scaling_from_either_side_give_the_points_expected()
    {
        Assert.Equal(AnnualRate.FromPercent(5.5m), High - Low);
        Assert.Equal(AnnualRate.FromPercent(5.5m), High.Minus(Low));
        Assert.Equal(AnnualRate.FromPercent(14.5m), High.Plus(Low));
        Assert.Equal(AnnualRate.FromPercent(9m), Low * 2m);
        Assert.Equal(AnnualRate.FromPercent(9m), 2m * Low);
        Assert.Equal(AnnualRate.FromPercent(9m), Low.Multiply(2m));
        Assert.Equal(0m, AnnualRate.Zero.Fraction);
    }

    [Fact]
    public void Equal_rates_hash_alike_and_a_boxed_rate_equals_only_a_rate()
    {
        Assert.Equal(Low.GetHashCode(), AnnualRate.FromFraction(0.045m).GetHashCode());
        Assert.True(Low.Equals((object)AnnualRate.FromFraction(0.045m)));
        Assert.False(Low.Equals((object)0.045m));
        Assert.False(Low.Equals((object)High));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("G")]
    [InlineData("g")]
    public void The_general_format_is_the_only_one(string? format)
        => Assert.Equal("4.50 %", Low.ToString(format, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void An_unknown_format_is_named_in_the_exception()
    {
        var thrown = Assert.Throws<FormatException>(() => Low.ToString("P", null));
        Assert.Equal("Unknown AnnualRate format \"P\": use G.", thrown.Message);
    }

    [Fact]
    public void A_rate_with_many_decimals_shows_all_of_them()
        => Assert.Equal("4.123456 %", AnnualRate.FromPercent(4.123456m).ToString());
}
