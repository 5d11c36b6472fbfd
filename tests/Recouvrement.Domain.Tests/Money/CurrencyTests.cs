namespace Recouvrement.Domain.Tests;

public class CurrencyTests
{
    [Theory]
    [InlineData("EUR", 2)]
    [InlineData("GBP", 2)]
    [InlineData("USD", 2)]
    [InlineData("CHF", 2)]
    [InlineData("SEK", 2)]
    [InlineData("NOK", 2)]
    [InlineData("DKK", 2)]
    [InlineData("PLN", 2)]
    [InlineData("CZK", 2)]
    [InlineData("HUF", 2)]
    [InlineData("RON", 2)]
    [InlineData("JPY", 0)]
    [InlineData("BHD", 3)]
    [InlineData("KWD", 3)]
    public void Well_known_currencies_have_their_ISO_minor_units(string code, int minorUnits)
    {
        var currency = CurrencyRegistry.Default.Find(code).Value;
        Assert.Equal(code, currency.Code);
        Assert.Equal(minorUnits, currency.MinorUnits);
    }

    [Fact]
    public void Lookup_ignores_case_and_spaces()
        => Assert.Same(Currency.EUR, CurrencyRegistry.Default.Find(" eur ").Value);

    [Fact]
    public void An_unknown_code_is_a_clear_error()
    {
        var result = CurrencyRegistry.Default.Find("XYZ");
        var error = Assert.Single(result.ValidationErrors);
        Assert.Equal(ErrorCodes.UnknownCurrency, error.ErrorCode);
        Assert.StartsWith("code = \"XYZ\": is not a known currency code (known: BHD, CHF", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_reports_every_problem_at_once()
    {
        var result = Currency.Create("E1", 9, " ");
        Assert.Equal(
            new[] { "code", "minorUnits", "symbol" },
            result.ValidationErrors.Select(e => e.Identifier));
        Assert.Equal(
            "minorUnits = 9: must be between 0 and 4",
            result.ValidationErrors.Single(e => e.Identifier == "minorUnits").ErrorMessage);
    }

    [Fact]
    public void A_host_registers_its_own_currency_without_touching_the_default()
    {
        var xof = Currency.Create("xof", 0, "F CFA").Value;
        var registry = CurrencyRegistry.Default.With(xof).Value;

        Assert.Equal(xof, registry.Find("XOF").Value);
        Assert.False(CurrencyRegistry.Default.TryFind("XOF", out _));
        Assert.Same(registry, registry.With(Currency.Create("XOF", 0).Value).Value);
    }

    [Fact]
    public void A_built_in_definition_is_never_silently_replaced()
    {
        var result = CurrencyRegistry.Default.With(Currency.Create("EUR", 3).Value);
        Assert.Equal(ErrorCodes.Conflict, Assert.Single(result.ValidationErrors).ErrorCode);
    }

    [Fact]
    public void Equality_is_by_code_and_minor_units()
    {
        Assert.Equal(Currency.EUR, Currency.Create("EUR", 2, "EUR").Value);
        Assert.NotEqual(Currency.EUR, Currency.Create("EUR", 3).Value);
        Assert.Equal(0.001m, Currency.KWD.MinorUnit);
    }
}
