using NodaTime;
using Recouvrement.Jurisdictions;
using Recouvrement.Penalties;

namespace Recouvrement.Scheduling;

public static partial class JurisdictionProfiles
{
    private static readonly LadderWords DutchWords = new("NL", "nl", "Betalingsherinnering", "Tweede herinnering", "Ingebrekestelling", "Voorstel tot afboeking", "Incassobureau", "Dagvaarding (kantonrechter tot € 25.000)")
    {
        NoticeDays = 14,
        ConsumerNotice = "Veertiendagenbrief (art. 6:96 lid 6 BW)",
        ConsumerNoticeDays = 15,
    };

    /// <summary>
    /// Gets the Netherlands: commercial statutory interest (art. 6:119a BW, the ECB rate + 8 points) with €40 minimum
    /// collection costs, consumers at the statutory rate (art. 6:119) and collection costs on the WIK scale only after
    /// the fourteen-day letter (art. 6:96), the national holidays, limitation of five years and two years for a consumer
    /// sale; step names in Dutch.
    /// </summary>
    public static Jurisdiction Netherlands { get; } = new("NL", "Netherlands", Currency.EUR, Zone("Europe/Amsterdam"), BusinessCalendars.Netherlands, Ladders(DutchWords, "Netherlands", Currency.EUR))
    {
        Language = "nl",
        Rules = Rules(LatePaymentRule.Netherlands(), LatePaymentRule.NetherlandsConsumer(), LatePaymentRule.Netherlands()),
        Limitation = Limitation(
            new LimitationPeriod(Period.FromYears(5), "BW art. 3:307"),
            new LimitationPeriod(Period.FromYears(2), "BW art. 7:28 (consumer sale)")),
        ConsumerProtection = new ConsumerProtection("BW art. 6:96 lid 5-6; Besluit vergoeding voor buitengerechtelijke incassokosten")
        {
            FirstLetter = "Veertiendagenbrief: the costs stated, fourteen days from the day after receipt",
            DaysAfterFirstLetter = 15,
            CollectionCosts = CollectionCostScales.NetherlandsWik,
        },
        Sources =
        [
            "BW art. 6:119a, 6:120 lid 2 — wettelijke handelsrente: ECB rate + 8 points, added to the principal each year",
            "BW art. 6:96 lid 4 — at least €40 collection costs between businesses",
            "BW art. 6:119, 6:120 lid 1 — wettelijke rente for consumers, set by AMvB",
            "BW art. 6:96 lid 5-7; Besluit vergoeding voor buitengerechtelijke incassokosten (2012), art. 2 — the WIK scale, after the fourteen-day letter",
            "Rv art. 93 — the kantonrechter for claims up to €25,000",
            "BW art. 3:307, 7:28 — limitation",
            "Algemene termijnenwet art. 3 — the holidays that extend a legal deadline",
        ],
    };
}
