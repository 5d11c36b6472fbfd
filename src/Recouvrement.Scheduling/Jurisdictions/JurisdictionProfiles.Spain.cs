using NodaTime;
using Recouvrement.Jurisdictions;
using Recouvrement.Penalties;

namespace Recouvrement.Scheduling;

public static partial class JurisdictionProfiles
{
    private static readonly LadderWords SpanishWords = new("ES", "es", "Recordatorio de pago", "Segundo recordatorio", "Requerimiento de pago (burofax)", "Propuesta de pase a fallidos", "Agencia de recobro", "Proceso monitorio (LEC art. 812)")
    {
        NoticeDays = 10,
    };

    /// <summary>
    /// Gets Spain: Ley 3/2004 between businesses and towards public authorities (the ECB rate + 8 points, €40),
    /// consumers at the interés legal del dinero from the demand (Código Civil art. 1100, 1108), the proceso monitorio
    /// for any amount, the national holidays, limitation of five years and three years for goods sold to a consumer;
    /// step names in Spanish.
    /// </summary>
    public static Jurisdiction Spain { get; } = new("ES", "Spain", Currency.EUR, Zone("Europe/Madrid"), BusinessCalendars.Spain, Ladders(SpanishWords, "Spain", Currency.EUR))
    {
        Language = "es",
        Rules = Rules(LatePaymentRule.Spain(), LatePaymentRule.SpainConsumer(), LatePaymentRule.Spain()),
        Limitation = Limitation(
            new LimitationPeriod(Period.FromYears(5), "Código Civil art. 1964.2"),
            new LimitationPeriod(Period.FromYears(3), "Código Civil art. 1967.4 (goods sold to a consumer)")),
        ConsumerProtection = new ConsumerProtection("Ley Orgánica 1/2025: an attempt at negotiation (MASC) before filing a claim"),
        Sources =
        [
            "Ley 3/2004, art. 7 (ECB rate + 8 points) and 8 (€40)",
            "Código Civil art. 1100, 1108 — a consumer owes the interés legal del dinero from the demand; Ley de Presupuestos Generales — the yearly rate",
            "LEC art. 812 ff. — proceso monitorio, for any amount since Ley 42/2015",
            "Ley Orgánica 1/2025 — a prior attempt at negotiation (MASC) before filing; the requerimiento de pago records it",
            "Código Civil art. 1964.2, 1967.4 — limitation",
            "The yearly BOE resolution of national holidays",
        ],
    };
}
