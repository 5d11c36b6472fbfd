namespace Recouvrement.Domain.Tests;

public partial class MoneyTests
{
    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    [Fact]
    public void Arithmetic_stays_exact()
    {
        Assert.Equal(Eur(0.3m), Eur(0.1m) + Eur(0.2m));
        Assert.Equal(Eur(-0.1m), Eur(0.1m) - Eur(0.2m));
        Assert.Equal(Eur(-5m), -Eur(5m));
        Assert.Equal(Eur(0.01234m), Eur(1.234m) * 0.01m);
        Assert.Equal(Eur(3m), 2m * Eur(1.5m));
        Assert.Equal(Eur(2m), Eur(-2m).Abs());
    }

    [Fact]
    public void Mixing_currencies_is_a_programmer_error_naming_both()
    {
        var error = Assert.Throws<ArgumentException>(() => Eur(1m) + new Money(1m, Currency.GBP));
        Assert.Contains("EUR", error.Message, StringComparison.Ordinal);
        Assert.Contains("GBP", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Eur(1m) < new Money(1m, Currency.GBP));
        Assert.Throws<ArgumentException>(() => Eur(1m).Minus(new Money(1m, Currency.GBP)));
    }

    [Fact]
    public void Amounts_in_two_currencies_are_never_equal()
    {
        Assert.NotEqual(Eur(1m), new Money(1m, Currency.GBP));
        Assert.False(Eur(1m).Equals((object)new Money(1m, Currency.GBP)));
    }

    [Fact]
    public void Equality_ignores_the_decimal_scale()
    {
        Assert.Equal(Eur(1.5m), Eur(1.500m));
        Assert.Equal(Eur(1.5m).GetHashCode(), Eur(1.500m).GetHashCode());
        Assert.True(Eur(1.5m) == Eur(1.50m));
    }

    [Fact]
    public void Ordering_within_one_currency()
    {
        Assert.True(Eur(1m) < Eur(2m));
        Assert.True(Eur(2m) >= Eur(2m));
        Assert.Equal(Eur(1m), Money.Min(Eur(1m), Eur(2m)));
        Assert.Equal(Eur(2m), Money.Max(Eur(1m), Eur(2m)));
        Assert.Equal(new[] { Eur(-1m), Eur(0m), Eur(3m) }, new[] { Eur(3m), Eur(-1m), Eur(0m) }.Order());
    }

    [Fact]
    public void Default_is_zero_with_no_currency()
    {
        var none = default(Money);
        Assert.True(none.IsZero);
        Assert.Equal(Currency.XXX, none.Currency);
        Assert.Throws<ArgumentException>(() => none + Eur(1m));
    }

    [Fact]
    public void Constructor_rejects_a_null_currency()
        => Assert.Throws<ArgumentNullException>("currency", () => new Money(1m, null!));

    [Theory]
    [InlineData(2.345, RoundingMode.HalfAwayFromZero, 2.35)]
    [InlineData(-2.345, RoundingMode.HalfAwayFromZero, -2.35)]
    [InlineData(2.345, RoundingMode.HalfToEven, 2.34)]
    [InlineData(2.355, RoundingMode.HalfToEven, 2.36)]
    [InlineData(2.3449, RoundingMode.HalfAwayFromZero, 2.34)]
    public void Rounds_to_the_minor_unit_with_an_explicit_mode(double amount, RoundingMode mode, double expected)
        => Assert.Equal(Eur((decimal)expected), Eur((decimal)amount).Round(mode));

    [Theory]
    [InlineData("JPY", 1234.5, 1235)]
    [InlineData("KWD", 1.23456, 1.235)]
    [InlineData("BHD", 0.0005, 0.001)]
    public void Rounding_follows_each_currencys_minor_unit(string code, double amount, double expected)
    {
        var currency = CurrencyRegistry.Default.Find(code).Value;
        Assert.Equal(new Money((decimal)expected, currency), new Money((decimal)amount, currency).Round());
    }

    [Fact]
    public void Round_rejects_an_undefined_mode()
        => Assert.Throws<ArgumentOutOfRangeException>("mode", () => Eur(1m).Round((RoundingMode)7));

    [Fact]
    public void Minor_units_need_a_rounded_amount()
    {
        Assert.Equal(12345m, Eur(123.45m).ToMinorUnits());
        Assert.Throws<InvalidOperationException>(() => Eur(123.456m).ToMinorUnits());
    }

    [Fact]
    public void Overflow_throws_rather_than_wrapping()
        => Assert.Throws<OverflowException>(() => Eur(decimal.MaxValue) + Eur(1m));
}
