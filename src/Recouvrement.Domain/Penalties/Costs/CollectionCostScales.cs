using NodaTime;

namespace Recouvrement.Penalties;

/// <summary>The collection-cost scales the library ships.</summary>
public static class CollectionCostScales
{
    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    /// <summary>
    /// Gets the Dutch scale of extrajudicial collection costs (Besluit vergoeding voor buitengerechtelijke incassokosten,
    /// art. 2, in force 1 July 2012; mandatory towards a consumer, BW 6:96(5)): 15 % of the first €2,500, 10 % of the next
    /// €2,500, 5 % of the next €5,000, 1 % of the next €190,000, 0.5 % above, at least €40 and at most €6,775 — owed by a
    /// consumer only once the fourteen-day letter has gone unanswered (BW 6:96(6)).
    /// </summary>
    public static CollectionCostScale NetherlandsWik { get; } = CollectionCostScale.Create(
        "Netherlands, extrajudicial collection costs (WIK)",
        "Besluit vergoeding voor buitengerechtelijke incassokosten, art. 2; BW art. 6:96",
        new LocalDate(2012, 7, 1),
        [
            new CostBracket(Eur(0m), Eur(0m), 15m),
            new CostBracket(Eur(2_500m), Eur(375m), 10m),
            new CostBracket(Eur(5_000m), Eur(625m), 5m),
            new CostBracket(Eur(10_000m), Eur(875m), 1m),
            new CostBracket(Eur(200_000m), Eur(2_775m), 0.5m),
        ],
        minimum: Eur(40m),
        maximum: Eur(6_775m)).Value;
}
