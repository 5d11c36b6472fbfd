using System.Globalization;

namespace Recouvrement.Domain.Tests;

public class AnnualRateTests
{
    [Fact]
    public void Percent_and_fraction_are_unambiguous()
    {
        var rate = AnnualRate.FromPercent(10.5m);
        Assert.Equal(0.105m, rate.Fraction);
        Assert.Equal(10.5m, rate.Percent);
        Assert.Equal(rate, AnnualRate.FromFraction(0.105m));
    }

    [Fact]
    public void Reference_plus_margin_adds_points_and_a_multiple_scales()
    {
        Assert.Equal(AnnualRate.FromPercent(14.5m), AnnualRate.FromPercent(4.5m) + AnnualRate.FromPercent(10m));
        Assert.Equal(AnnualRate.FromPercent(15.21m), 3m * AnnualRate.FromPercent(5.07m));
        Assert.Equal(AnnualRate.FromPercent(-0.88m), AnnualRate.FromPercent(0m) - AnnualRate.FromPercent(0.88m));
        Assert.True(AnnualRate.FromPercent(12.15m) < AnnualRate.FromPercent(15.21m));
    }

    [Fact]
    public void Formats_in_percent_with_the_cultures_pattern()
    {
        Assert.Equal("12.15 %", AnnualRate.FromPercent(12.15m).ToString());
        Assert.Equal("10.00 %", AnnualRate.FromPercent(10m).ToString());
        Assert.Equal("4.225 %", AnnualRate.FromPercent(4.225m).ToString());
        Assert.Equal("-0.88 %", AnnualRate.FromPercent(-0.88m).ToString());
        Assert.Equal("12,15 %", AnnualRate.FromPercent(12.15m).ToString(null, CultureInfo.GetCultureInfo("fr-FR")).Replace('\u00a0', ' ').Replace('\u202f', ' '));
        Assert.Equal("12.15%", AnnualRate.FromPercent(12.15m).ToString(null, CultureInfo.GetCultureInfo("en-GB")));
        Assert.Throws<FormatException>(() => AnnualRate.Zero.ToString("X", null));
    }
}
