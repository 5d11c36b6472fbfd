using NodaTime;
using Recouvrement.Jurisdictions;
using Recouvrement.Penalties;

namespace Recouvrement.Scheduling;

public static partial class JurisdictionProfiles
{
    private static readonly LadderWords ItalianWords = new("IT", "it", "Sollecito di pagamento", "Secondo sollecito", "Diffida ad adempiere (art. 1454 c.c.)", "Proposta di stralcio", "Agenzia di recupero crediti", "Decreto ingiuntivo (art. 633 c.p.c.)")
    {
        NoticeDays = 15,
    };

    /// <summary>
    /// Gets Italy: D.Lgs. 231/2002 between businesses and towards public authorities (the ECB rate + 8 points, €40),
    /// consumers at the saggio legale from the day after the due date (codice civile art. 1224, 1284), the diffida ad
    /// adempiere with fifteen days (art. 1454), the decreto ingiuntivo, the national holidays, ten years' limitation
    /// (art. 2946); step names in Italian.
    /// </summary>
    public static Jurisdiction Italy { get; } = new("IT", "Italy", Currency.EUR, Zone("Europe/Rome"), BusinessCalendars.Italy, Ladders(ItalianWords, "Italy", Currency.EUR))
    {
        Language = "it",
        Rules = Rules(LatePaymentRule.Italy(), LatePaymentRule.ItalyConsumer(), LatePaymentRule.Italy()),
        Limitation = Limitation(new LimitationPeriod(Period.FromYears(10), "codice civile art. 2946")),
        ConsumerProtection = new ConsumerProtection("Codice del consumo (D.Lgs. 206/2005): no cost beyond the contract's"),
        Sources =
        [
            "D.Lgs. 231/2002, art. 5 (ECB rate + 8 points) and 6 (€40), as amended by D.Lgs. 192/2012",
            "codice civile art. 1224, 1284 — the saggio legale, set each year by decree of the Ministry of Economy",
            "codice civile art. 1454 — diffida ad adempiere, no less than fifteen days",
            "c.p.c. art. 633 ff. — decreto ingiuntivo, 40 days to oppose (art. 641)",
            "codice civile art. 2946 — ten years' limitation",
            "L. 260/1949, L. 54/1977, L. 336/2000, L. 151/2025 — national holidays",
        ],
    };
}
