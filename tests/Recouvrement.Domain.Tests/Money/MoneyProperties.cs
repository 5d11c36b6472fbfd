using FsCheck;
using FsCheck.Fluent;

namespace Recouvrement.Domain.Tests;

[Trait("Category", "MoneyProperties")]
public class MoneyProperties
{
    private static readonly Gen<decimal[]> PositiveWeights =
        from count in Gen.Choose(1, 1000)
        from weights in Gen.ArrayOf(Gen.Choose(1, 10_000_000).Select(w => w / 1000m), count)
        select weights;

    [MoneyProperty]
    public void Equal_split_sums_to_the_whole_and_parts_differ_by_at_most_one_minor_unit(
        Money total, PositiveInt partsSeed, bool last)
    {
        var parts = ((partsSeed.Get - 1) % 1000) + 1;
        var split = total.Split(parts, last ? RemainderPlacement.Last : RemainderPlacement.First);

        Assert.Equal(parts, split.Length);
        Assert.Equal(total, Sum(total.Currency, split));
        var spread = split.Max(p => p.Amount) - split.Min(p => p.Amount);
        Assert.True(spread <= total.Currency.MinorUnit, $"spread {spread}");
        Assert.All(split, p => Assert.True(p.IsWholeMinorUnits));
    }

    [MoneyProperty]
    public Property Allocation_by_positive_weights_sums_to_the_whole()
        => Prop.ForAll(
            MoneyArbitraries.WholeAmounts.ToArbitrary(),
            PositiveWeights.ToArbitrary(),
            (total, weights) =>
            {
                var parts = total.Allocate(weights);
                Assert.Equal(weights.Length, parts.Length);
                Assert.Equal(total, Sum(total.Currency, parts));
                Assert.All(parts, p => Assert.True(p.IsWholeMinorUnits));

                // Each part is within one minor unit of its exact proportional share.
                var totalWeight = weights.Sum();
                for (var i = 0; i < parts.Length; i++)
                {
                    var exact = total.Amount * (weights[i] / totalWeight);
                    Assert.True(Math.Abs(parts[i].Amount - exact) < total.Currency.MinorUnit * 1.0001m);
                }
            });

    [MoneyProperty]
    public void Equal_weights_allocate_exactly_like_an_equal_split(Money total, PositiveInt partsSeed, bool last)
    {
        var parts = ((partsSeed.Get - 1) % 200) + 1;
        var placement = last ? RemainderPlacement.Last : RemainderPlacement.First;

        Assert.Equal(total.Split(parts, placement), total.Allocate(Enumerable.Repeat(2.5m, parts).ToArray(), placement));
    }

    [MoneyProperty]
    public Property Rounding_is_idempotent_and_moves_less_than_half_a_minor_unit()
        => Prop.ForAll(
            MoneyArbitraries.Currencies.ToArbitrary(),
            MoneyArbitraries.ExactAmounts.ToArbitrary(),
            (currency, amount) =>
            {
                var money = new Money(amount, currency);
                foreach (var mode in new[] { RoundingMode.HalfAwayFromZero, RoundingMode.HalfToEven })
                {
                    var once = money.Round(mode);
                    Assert.Equal(once, once.Round(mode));
                    Assert.True(once.IsWholeMinorUnits);
                    Assert.True(Math.Abs(once.Amount - amount) <= currency.MinorUnit / 2);
                }
            });

    [MoneyProperty]
    public Property Addition_is_commutative_and_associative()
        => Prop.ForAll(
            MoneyArbitraries.Currencies.ToArbitrary(),
            Gen.ArrayOf(MoneyArbitraries.ExactAmounts, 3).ToArbitrary(),
            (currency, amounts) =>
            {
                var a = new Money(amounts[0], currency);
                var b = new Money(amounts[1], currency);
                var c = new Money(amounts[2], currency);
                Assert.Equal(a + b, b + a);
                Assert.Equal((a + b) + c, a + (b + c));
                Assert.Equal(a, a + b - b);
            });

    private static Money Sum(Currency currency, IEnumerable<Money> parts)
        => parts.Aggregate(Money.Zero(currency), (sum, part) => sum + part);
}
