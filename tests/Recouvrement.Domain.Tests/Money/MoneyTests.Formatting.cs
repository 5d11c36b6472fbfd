using System.Globalization;

namespace Recouvrement.Domain.Tests;

public partial class MoneyTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public void Default_format_is_invariant_and_exact()
    {
        Assert.Equal("1234.50 EUR", Eur(1234.5m).ToString());
        Assert.Equal("1234.5678 EUR", Eur(1234.5678m).ToString());
        Assert.Equal("-0.01 EUR", Eur(-0.01m).ToString());
        Assert.Equal("1235 JPY", new Money(1235m, Currency.JPY).ToString());
        Assert.Equal("1.250 KWD", new Money(1.25m, Currency.KWD).ToString());
    }

    [Fact]
    public void Number_format_groups_and_names_the_code()
    {
        Assert.Equal("1,234.57 EUR", Eur(1234.5678m).ToString("N", CultureInfo.InvariantCulture));
        Assert.Equal("1 234,50 EUR", Spaces(Eur(1234.5m).ToString("N", French)));
    }

    [Fact]
    public void Currency_format_uses_the_cultures_pattern_and_the_currencys_symbol()
    {
        Assert.Equal("1 234,50 €", Spaces(Eur(1234.5m).ToString("C", French)));
        Assert.Equal("€1,234.50", Eur(1234.5m).ToString("C", British));
        Assert.Equal("£12.00", new Money(12m, Currency.GBP).ToString("C", British));
        Assert.Equal("12,00 £", Spaces(new Money(12m, Currency.GBP).ToString("C", French)));
        Assert.Equal("(€1,234.50)", Eur(-1234.5m).ToString("C", CultureInfo.InvariantCulture));
    }

    // Culture data (ICU) differs between machines in which space it uses: compare the visible text.
    private static string Spaces(string text) => text.Replace('\u202f', ' ').Replace('\u00a0', ' ');

    [Fact]
    public void Unknown_format_throws()
        => Assert.Throws<FormatException>(() => Eur(1m).ToString("X", CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("1 234,56 €", "fr-FR", 1234.56)]
    [InlineData("1\u202f234,56\u00a0€", "fr-FR", 1234.56)]
    [InlineData("1234,56", "fr-FR", 1234.56)]
    [InlineData("€1,234.56", "en-GB", 1234.56)]
    [InlineData("1234.56 EUR", "", 1234.56)]
    [InlineData("EUR -12.5", "", -12.5)]
    [InlineData("-€12.50", "en-IE", -12.5)]
    [InlineData("(€12.50)", "", -12.5)]
    [InlineData("eur 7", "", 7)]
    public void Parses_what_people_and_exports_write(string text, string culture, double expected)
    {
        var parsed = Money.Parse(text, Currency.EUR, CultureInfo.GetCultureInfo(culture));
        Assert.True(parsed.IsSuccess, string.Join("; ", parsed.ValidationErrors.Select(e => e.ErrorMessage)));
        Assert.Equal(Eur((decimal)expected), parsed.Value);
    }

    [Theory]
    [InlineData(null, ErrorCodes.Required)]
    [InlineData("  ", ErrorCodes.Required)]
    [InlineData("12.50 GBP", ErrorCodes.CurrencyMismatch)]
    [InlineData("douze euros", ErrorCodes.Format)]
    [InlineData("12.345", ErrorCodes.SubMinorUnit)]
    public void Refuses_bad_text_with_a_clear_error(string? text, string code)
    {
        var parsed = Money.Parse(text, Currency.EUR, CultureInfo.InvariantCulture);
        var error = Assert.Single(parsed.ValidationErrors);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal("text", error.Identifier);
    }

    [Fact]
    public void Parsing_with_a_registry_reads_the_code()
    {
        Assert.Equal(new Money(12.5m, Currency.GBP), Money.Parse("12.50 GBP", CurrencyRegistry.Default, null).Value);
        Assert.Equal(ErrorCodes.UnknownCurrency, Money.Parse("12.50 XYZ", CurrencyRegistry.Default, null).ValidationErrors.Single().ErrorCode);
        Assert.Equal(ErrorCodes.Format, Money.Parse("12.50", CurrencyRegistry.Default, null).ValidationErrors.Single().ErrorCode);
    }

    [Fact]
    public void Formatting_round_trips_through_parsing()
    {
        foreach (var culture in new[] { French, British, CultureInfo.InvariantCulture })
        {
            var amount = Eur(-98765.43m);
            Assert.Equal(amount, Money.Parse(amount.ToString("C", culture), Currency.EUR, culture).Value);
            Assert.Equal(amount, Money.Parse(amount.ToString("N", culture), Currency.EUR, culture).Value);
        }
    }
}
