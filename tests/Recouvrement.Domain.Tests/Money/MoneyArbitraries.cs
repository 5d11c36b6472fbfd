using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Recouvrement.Domain.Tests;

/// <summary>Generators for the money kernel's properties.</summary>
public static class MoneyArbitraries
{
    public static Gen<Currency> Currencies { get; } = Gen.Elements(CurrencyRegistry.Default.Currencies.ToArray());

    /// <summary>Whole minor units, small amounts most of the time and up to ±10^15 minor units otherwise.</summary>
    public static Gen<Money> WholeAmounts { get; } =
        from currency in Currencies
        from units in Gen.OneOf(
            Gen.Choose(-100_000, 100_000).Select(i => (decimal)i),
            from high in Gen.Choose(-1_000_000_000, 1_000_000_000)
            from low in Gen.Choose(0, 999_999)
            select (high * 1_000_000m) + low)
        select new Money(units / currency.Factor, currency);

    /// <summary>Amounts with up to 6 decimals, so that rounding has something to do.</summary>
    public static Gen<decimal> ExactAmounts { get; } =
        from high in Gen.Choose(-1_000_000, 1_000_000)
        from low in Gen.Choose(0, 999_999)
        select high + (low / 1_000_000m);

    public static Arbitrary<Money> Money() => WholeAmounts.ToArbitrary();

    public static Arbitrary<Currency> Currency() => Currencies.ToArbitrary();
}

/// <summary>
/// A property over the money generators. It runs FsCheck's default number of cases, or as many as the
/// <c>RECOUVREMENT_PROPERTY_RUNS</c> environment variable says (the CI runs the money properties at 10,000).
/// </summary>
public sealed class MoneyPropertyAttribute : PropertyAttribute
{
    public MoneyPropertyAttribute()
    {
        Arbitrary = [typeof(MoneyArbitraries)];
        if (int.TryParse(Environment.GetEnvironmentVariable("RECOUVREMENT_PROPERTY_RUNS"), out var runs) && runs > 0)
        {
            MaxTest = runs;
        }
    }
}
