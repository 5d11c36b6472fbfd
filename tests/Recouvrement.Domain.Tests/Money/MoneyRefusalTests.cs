using System.Globalization;

namespace Recouvrement.Domain.Tests;

/// <summary>What money refuses, worded: parsing, allocations, mixing currencies; and the bounds it accepts.</summary>
public class MoneyRefusalTests
{
    private static string Refusal<T>(Ardalis.Result.Result<T> result)
    {
        var error = Assert.Single(result.ValidationErrors);
        return $"{error.ErrorCode} {error.ErrorMessage}";
    }

    [Fact]
    public void Parsing_for_a_currency_names_what_is_wrong_with_the_text()
    {
        Assert.Equal("required text = \" \": must hold an amount", Refusal(Money.Parse(" ", Currency.EUR, null)));
        Assert.Equal("currency-mismatch text = \"12.50 gbp\": is in GBP, not in EUR", Refusal(Money.Parse("12.50 gbp", Currency.EUR, null)));
        Assert.Equal("format text = \"12,5x\": is not a number in the given culture", Refusal(Money.Parse("12,5x", Currency.EUR, null)));
        Assert.Equal("sub-minor-unit text = \"12.505\": has more decimals than EUR allows (2)", Refusal(Money.Parse("12.505", Currency.EUR, null)));
        Assert.Equal(new Money(12.5m, Currency.EUR), Money.Parse("12.50 eur", Currency.EUR, null).Value);
    }

    [Fact]
    public void Parsing_by_code_needs_a_known_code()
    {
        Assert.Equal("required text = \"\": must hold an amount", Refusal(Money.Parse("", CurrencyRegistry.Default, null)));
        Assert.Equal("format text = \"12.50\": must name its currency by ISO code, such as 12.50 EUR", Refusal(Money.Parse("12.50", CurrencyRegistry.Default, null)));
        Assert.Equal("unknown-currency text = \"12.50 XYZ\": names an unknown currency XYZ", Refusal(Money.Parse("12.50 XYZ", CurrencyRegistry.Default, null)));
        Assert.Equal(new Money(12.5m, Currency.GBP), Money.Parse("GBP 12.50", CurrencyRegistry.Default, CultureInfo.InvariantCulture).Value);
    }

    [Fact]
    public void An_unknown_format_is_named()
    {
        var thrown = Assert.Throws<FormatException>(() => new Money(1m, Currency.EUR).ToString("X", null));
        Assert.Equal("Unknown Money format \"X\": use G, N or C.", thrown.Message);
    }

    [Fact]
    public void A_split_takes_from_1_to_the_most_parts()
    {
        var total = new Money(10m, Currency.EUR);

        Assert.Equal("out-of-range parts = 0: must be at least 1", Refusal(MoneyAllocation.Split(total, 0)));
        Assert.Equal("out-of-range parts = 100001: must be at most 100000", Refusal(MoneyAllocation.Split(total, MoneyAllocation.MaxParts + 1)));
        Assert.Single(MoneyAllocation.Split(total, 1).Value.Parts);
        Assert.Equal(MoneyAllocation.MaxParts, MoneyAllocation.Split(total, MoneyAllocation.MaxParts).Value.Parts.Count);
    }

    [Fact]
    public void An_allocation_by_weights_names_every_problem()
    {
        var total = new Money(10m, Currency.EUR);

        Assert.Equal("required weights = null: must hold at least one weight", Refusal(MoneyAllocation.ByWeights(total, null)));
        Assert.Equal("required weights = 0: must hold at least one weight", Refusal(MoneyAllocation.ByWeights(total, [])));
        Assert.Equal("out-of-range weights = 100001: must hold at most 100000 weights", Refusal(MoneyAllocation.ByWeights(total, new decimal[MoneyAllocation.MaxParts + 1])));
        Assert.Equal("out-of-range weights = 0: sum to zero: at least one weight must be positive", Refusal(MoneyAllocation.ByWeights(total, [0m, 0m])));
        Assert.Equal("overflow weights = 2: sum beyond the range of decimal", Refusal(MoneyAllocation.ByWeights(total, [decimal.MaxValue, 1m])));
        Assert.Equal(
            ["out-of-range weights[1] = -0.5: must not be negative"],
            MoneyAllocation.ByWeights(total, [1m, -0.5m]).ValidationErrors.Select(e => $"{e.ErrorCode} {e.ErrorMessage}"));
        Assert.Equal(new Money(10m, Currency.EUR), MoneyAllocation.ByWeights(total, [0m, 1m]).Value.Parts[1]);
    }

    [Fact]
    public void The_total_must_be_whole_countable_and_the_placement_defined()
    {
        Assert.Equal(
            [
                "sub-minor-unit total = 10.005 EUR: holds a fraction of a minor unit of EUR: round it first",
                "out-of-range placement = 7: is not a defined remainder placement",
            ],
            MoneyAllocation.Split(new Money(10.005m, Currency.EUR), 2, (RemainderPlacement)7).ValidationErrors.Select(e => $"{e.ErrorCode} {e.ErrorMessage}"));
        var tooLarge = Refusal(MoneyAllocation.Split(new Money(decimal.MaxValue / 99m, Currency.EUR), 2));
        Assert.StartsWith("overflow total = ", tooLarge, StringComparison.Ordinal);
        Assert.EndsWith(" EUR: is too large to count in minor units", tooLarge, StringComparison.Ordinal);
        Assert.True(MoneyAllocation.Split(new Money(Math.Round(decimal.MaxValue / 100m, 2, MidpointRounding.ToZero), Currency.EUR), 2).IsSuccess);
    }

    [Fact]
    public void Mixing_currencies_or_an_unknown_rounding_mode_is_a_programmer_error_named_as_such()
    {
        var euro = new Money(1m, Currency.EUR);
        var pound = new Money(1m, Currency.GBP);

        var thrown = Assert.Throws<ArgumentException>(() => euro + pound);
        Assert.StartsWith("Cannot combine an amount in EUR with an amount in GBP.", thrown.Message, StringComparison.Ordinal);
        Assert.Equal("mode", Assert.Throws<ArgumentOutOfRangeException>(() => euro.Round((RoundingMode)9)).ParamName);
        Assert.Equal("obj", Assert.Throws<ArgumentException>(() => ((IComparable)euro).CompareTo(pound.Amount)).ParamName);
        Assert.Equal(1, ((IComparable)euro).CompareTo(null));
    }

    [Fact]
    public void Allocating_into_parts_refuses_no_weight_a_negative_one_or_none_positive()
    {
        var total = new Money(10m, Currency.EUR);

        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => total.Allocate([])).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => total.Allocate([1m, -1m])).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => total.Allocate([0m])).ParamName);
        Assert.Equal([new Money(0m, Currency.EUR), total], total.Allocate([0m, 2m]));
    }
}
