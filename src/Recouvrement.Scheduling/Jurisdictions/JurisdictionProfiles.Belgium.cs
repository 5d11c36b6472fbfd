using NodaTime;
using Recouvrement.Jurisdictions;
using Recouvrement.Penalties;

namespace Recouvrement.Scheduling;

public static partial class JurisdictionProfiles
{
    private static readonly LadderWords BelgianWords = new("BE", "fr-be", "Premier rappel", "Second rappel", "Mise en demeure", "Proposition de passage en perte", "Agence de recouvrement", "Recouvrement judiciaire (citation, ou dettes non contestées entre entreprises)")
    {
        FirstReminderGivesDays = 14,
        NoticeDays = 15,
    };

    /// <summary>
    /// Gets Belgium: the law of 2 August 2002 between businesses and towards public authorities (the ECB rate + 8 points
    /// rounded up to the next half point, €40), consumers at the legal rate after the free first reminder and its
    /// fourteen days (Code of Economic Law, Book XIX), the ten legal holidays, limitation of ten years between businesses
    /// and one year from the year end for goods sold to a consumer; step names in French.
    /// </summary>
    public static Jurisdiction Belgium { get; } = new("BE", "Belgium", Currency.EUR, Zone("Europe/Brussels"), BusinessCalendars.Belgium, Ladders(BelgianWords, "Belgium", Currency.EUR))
    {
        Language = "fr",
        Rules = Rules(LatePaymentRule.Belgium(), LatePaymentRule.BelgiumConsumer(), LatePaymentRule.Belgium()),
        Limitation = Limitation(
            new LimitationPeriod(Period.FromYears(10), "C. civ. art. 2262bis § 1"),
            new LimitationPeriod(Period.FromYears(1), "C. civ. art. 2272 al. 2; loi du 1er mai 1913, art. 5 (goods sold to a consumer; services: ten years)") { FromYearEnd = true }),
        ConsumerProtection = new ConsumerProtection("Code de droit économique, livre XIX (loi du 4 mai 2023)")
        {
            FirstLetter = "Premier rappel gratuit (free first reminder on a durable medium)",
            DaysAfterFirstLetter = 14,
        },
        Sources =
        [
            "Loi du 2 août 2002 concernant la lutte contre le retard de paiement dans les transactions commerciales, art. 5 (ECB rate + 8 points, rounded up to the next half point) and 6 (€40)",
            "Code de droit économique, livre XIX (loi du 4 mai 2023) — a free first reminder, then 14 days before any interest or cost; caps on damages clauses",
            "Loi du 5 mai 1865 relative au prêt à l'intérêt — the legal rate, published yearly in the Moniteur belge",
            "C. jud. art. 1394/20 ff. — collection of undisputed money debts between businesses; art. 590 — justice of the peace up to €5,000",
            "C. civ. art. 2262bis, 2272; loi du 1er mai 1913, art. 5 — limitation",
            "Arrêté royal du 18 avril 1974 — the ten legal holidays",
        ],
    };
}
