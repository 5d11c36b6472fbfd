using NodaTime;
using Recouvrement.Penalties;
using Snapshooter.Xunit;

namespace Recouvrement.Domain.Tests;

/// <summary>The Dutch WIK scale of collection costs, against its decree and published examples.</summary>
public class CollectionCostScaleTests
{
    private static readonly LocalDate Today = new(2026, 4, 15);

    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    private static CollectionCost Costs(decimal principal) => CollectionCostScales.NetherlandsWik.For(Eur(principal), Today).Value;

    [Theory]
    [InlineData(4_000, 525)]          // nova-incasso.nl, "Wet incassokosten (WIK)": € 2.500 × 15 % + € 1.500 × 10 % = € 525
    [InlineData(1_000, 150)]          // 15 % of the first € 2,500 (Besluit, art. 2(1))
    [InlineData(250, 40)]             // 37.50, raised to the € 40 floor (art. 2(2))
    [InlineData(7_500, 750)]          // 375 + 250 + 5 % of 2,500
    [InlineData(200_000, 2_775)]      // the top of the 1 % bracket
    [InlineData(1_000_000, 6_775)]    // the 0.5 % bracket reaches the € 6,775 ceiling at one million
    [InlineData(3_000_000, 6_775)]
    public void The_wik_scale_gives_the_decrees_figures(decimal principal, decimal costs)
        => Assert.Equal(Eur(costs), Costs(principal).Amount);

    [Fact]
    public void The_costs_explain_their_bracket_floor_and_source()
        => Snapshot.Match(string.Join("\n\n", Costs(4_000m).ToString(), Costs(250m).ToString(), Costs(4_000m).Describe(new System.Globalization.CultureInfo("fr-FR"))));

    [Fact]
    public void A_principal_in_another_currency_or_before_the_scale_is_refused_by_name()
    {
        var result = CollectionCostScales.NetherlandsWik.For(new Money(100m, Currency.GBP), new LocalDate(2012, 6, 30));
        Assert.Equal(["principal", "on"], result.ValidationErrors.Select(e => e.Identifier));
    }

    [Fact]
    public void A_scale_names_every_problem_of_its_brackets()
    {
        var result = CollectionCostScale.Create(" ", "law", Today, [new CostBracket(Eur(10m), Eur(0m), 5m), new CostBracket(Eur(5m), Eur(-1m), 120m)], Eur(50m), Eur(20m));
        Assert.Equal(["name", "brackets", "brackets[1]", "maximum"], result.ValidationErrors.Select(e => e.Identifier));
    }
}
