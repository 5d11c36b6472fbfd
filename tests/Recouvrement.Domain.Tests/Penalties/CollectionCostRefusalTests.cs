using NodaTime;
using Recouvrement.Penalties;

namespace Recouvrement.Domain.Tests;

/// <summary>A collection-cost scale's refusals worded, and each bound of its brackets, floor and ceiling.</summary>
public class CollectionCostRefusalTests
{
    private static readonly LocalDate Today = new(2026, 4, 15);

    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    private static CollectionCostScale Scale(Money? minimum = null, Money? maximum = null)
        => CollectionCostScale.Create("Scale", "Law", Today, [new CostBracket(Eur(0m), Eur(0m), 10m), new CostBracket(Eur(1_000m), Eur(100m), 5m)], minimum, maximum).Value;

    private static string Refusals<T>(Ardalis.Result.Result<T> result)
        => string.Join("\n", result.ValidationErrors.Select(e => $"{e.ErrorCode} {e.ErrorMessage}"));

    [Fact]
    public void Every_problem_of_a_scale_is_worded()
    {
        var result = CollectionCostScale.Create(
            "Scale",
            " ",
            Today,
            [new CostBracket(Eur(10m), Eur(0m), 5m), null, new CostBracket(Eur(5m), Eur(-1m), 120m), new CostBracket(Eur(20m), Eur(1m), -0.01m), new CostBracket(new Money(30m, Currency.GBP), Eur(1m), 1m)],
            Eur(-1m));

        Assert.Equal(
            """
            required name = "Scale": a scale needs a name and its legal source
            required brackets = 5: need at least one bracket, the first starting at zero
            out-of-range brackets[1] = null: must start above the bracket before it, in the scale's currency, with a fixed sum not negative and a share from 0 to 100 %
            out-of-range brackets[2] = CostBracket { Above = 5.00 EUR, Fixed = -1.00 EUR, Percent = 120 }: must start above the bracket before it, in the scale's currency, with a fixed sum not negative and a share from 0 to 100 %
            out-of-range brackets[3] = CostBracket { Above = 20.00 EUR, Fixed = 1.00 EUR, Percent = -0.01 }: must start above the bracket before it, in the scale's currency, with a fixed sum not negative and a share from 0 to 100 %
            out-of-range brackets[4] = CostBracket { Above = 30.00 GBP, Fixed = 1.00 EUR, Percent = 1 }: must start above the bracket before it, in the scale's currency, with a fixed sum not negative and a share from 0 to 100 %
            out-of-range maximum = "-1.00 EUR, ": the floor and the ceiling are in the scale's currency, the floor not negative nor above the ceiling
            """.ReplaceLineEndings("\n"),
            Refusals(result));
    }

    [Fact]
    public void The_bounds_of_a_scale_are_accepted()
    {
        Assert.True(CollectionCostScale.Create("S", "L", Today, [new CostBracket(Eur(0m), Eur(0m), 0m), new CostBracket(Eur(0.01m), Eur(0m), 100m)], Eur(0m), Eur(0m)).IsSuccess);
        Assert.True(CollectionCostScale.Create("S", "L", Today, [new CostBracket(Eur(0m), Eur(0m), 1m)], Eur(5m), Eur(5m)).IsSuccess);
        Assert.False(CollectionCostScale.Create("S", "L", Today, [new CostBracket(Eur(0m), Eur(0m), 1m), new CostBracket(Eur(0m), Eur(0m), 1m)]).IsSuccess);
        Assert.False(CollectionCostScale.Create("S", "L", Today, [new CostBracket(Eur(0m), Eur(0m), 1m)], maximum: new Money(5m, Currency.GBP)).IsSuccess);
        Assert.False(CollectionCostScale.Create("S", "L", Today, [new CostBracket(Eur(0m), Eur(0m), 1m)], minimum: new Money(5m, Currency.GBP)).IsSuccess);
        Assert.Equal(
            "required brackets = 0: need at least one bracket, the first starting at zero",
            Refusals(CollectionCostScale.Create("S", "L", Today, [])));
    }

    [Fact]
    public void A_principal_must_be_positive_in_the_scale_s_currency_on_a_day_it_is_in_force()
    {
        Assert.Equal(
            """
            out-of-range principal = 0.00 EUR: must be a positive amount in EUR
            out-of-range on = "2026-04-14": is before Scale came into force (2026-04-15)
            """.ReplaceLineEndings("\n"),
            Refusals(Scale().For(Eur(0m), Today.PlusDays(-1))));
        Assert.Equal("out-of-range principal = 5.00 GBP: must be a positive amount in EUR", Refusals(Scale().For(new Money(5m, Currency.GBP), Today)));
        Assert.True(Scale().For(Eur(0.01m), Today).IsSuccess);
    }

    [Theory]
    [InlineData(999.99, 100.00)]
    [InlineData(1_000, 100.00)]
    [InlineData(1_000.01, 100.00)]
    [InlineData(1_100, 105.00)]
    [InlineData(10, 1.00)]
    [InlineData(0.05, 0.01)]
    public void A_principal_on_a_bracket_s_start_stays_in_the_bracket_below(decimal principal, decimal costs)
        => Assert.Equal(Eur(costs), Scale().For(Eur(principal), Today).Value.Amount);

    [Theory]
    [InlineData(10, 20)]
    [InlineData(200, 20)]
    [InlineData(210, 21)]
    [InlineData(500, 30)]
    [InlineData(300, 30)]
    [InlineData(299, 29.90)]
    public void The_floor_and_the_ceiling_bound_the_costs(decimal principal, decimal costs)
        => Assert.Equal(Eur(costs), Scale(Eur(20m), Eur(30m)).For(Eur(principal), Today).Value.Amount);
}
