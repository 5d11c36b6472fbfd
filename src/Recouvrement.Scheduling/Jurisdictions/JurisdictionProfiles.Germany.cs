using NodaTime;
using Recouvrement.Jurisdictions;
using Recouvrement.Penalties;

namespace Recouvrement.Scheduling;

public static partial class JurisdictionProfiles
{
    private static readonly LadderWords GermanWords = new("DE", "de", "Zahlungserinnerung", "1. Mahnung", "Letzte Mahnung mit Fristsetzung", "Ausbuchungsvorschlag", "Inkasso", "Gerichtliches Mahnverfahren")
    {
        NoticeDays = 14,
    };

    /// <summary>
    /// Gets Germany: § 288 BGB (the base rate + 9 points between businesses, + 5 points with a consumer, the €40
    /// Pauschale from a business), default by a Mahnung or 30 days after the due date and the invoice (§ 286), the
    /// gerichtliches Mahnverfahren with no threshold (§§ 688 ff. ZPO), the national holidays, three years' limitation from
    /// the end of the year (§§ 195, 199).
    /// </summary>
    public static Jurisdiction Germany { get; } = new("DE", "Germany", Currency.EUR, Zone("Europe/Berlin"), BusinessCalendars.Germany, Ladders(GermanWords, "Germany", Currency.EUR))
    {
        Language = "de",
        Rules = SameRule(LatePaymentRule.Germany()),
        Limitation = Limitation(new LimitationPeriod(Period.FromYears(3), "BGB §§ 195, 199") { FromYearEnd = true }),
        ConsumerProtection = new ConsumerProtection("BGB § 288 Abs. 5, § 309 Nr. 5: no Pauschale from a consumer, only the actual cost of a reminder"),
        Sources =
        [
            "BGB § 288 — Verzugszinsen: Basiszinssatz + 9 points between businesses, + 5 points with a consumer; € 40 Pauschale from a business (Abs. 5)",
            "BGB § 247 — Basiszinssatz, published by the Deutsche Bundesbank each half-year",
            "BGB § 286 — Verzug by a Mahnung, or 30 days after the due date and the invoice (for a consumer only if the invoice says so)",
            "ZPO §§ 688 ff. — gerichtliches Mahnverfahren, for any amount",
            "BGB §§ 195, 199 — limitation: three years from the end of the year the claim arose",
            "Einigungsvertrag art. 2 and the Länder's laws — the national holidays common to every Land",
        ],
    };
}
