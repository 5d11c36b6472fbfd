using System.Collections.Generic;
using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Escalation;
using Recouvrement.Jurisdictions;
using Recouvrement.Penalties;

namespace Recouvrement.Scheduling;

public static partial class JurisdictionProfiles
{
    /// <summary>
    /// Gets France: interest between businesses at the ECB rate + 10 points and €40 (C. com. L441-10, D441-5); consumers
    /// at the legal rate from the formal notice (C. civ. 1231-6, C. monétaire et financier L313-2, L313-3); public
    /// buyers at the ECB rate + 8 points fixed at the half-year interest starts, €40 (C. commande publique R2192-31,
    /// D2192-35); the shipped French ladders (<see cref="EscalationLadders"/>) ending in the small-claims procedure
    /// up to €5,000 or the <i>injonction de payer</i>; no cost charged to a consumer; limitation of five years between
    /// merchants, two years against a consumer, four years from the year end against a public body.
    /// </summary>
    public static Jurisdiction France { get; } = new(
        "FR",
        "France",
        Currency.EUR,
        Zone("Europe/Paris"),
        BusinessCalendars.France,
        LadderSelection.Create(
            EscalationLadders.BusinessStandard,
            [
                new LadderSegment(EscalationLadders.ConsumerSmallAmount) { DebtorKind = DebtorKind.Consumer },
                new LadderSegment(EscalationLadders.PublicAuthority) { DebtorKind = DebtorKind.PublicAuthority },
            ]).Value)
    {
        Language = "fr",
        Rules = Rules(LatePaymentRule.FranceBusiness(), LatePaymentRule.FranceConsumer(), LatePaymentRule.FrancePublicBuyer()),
        Limitation = new Dictionary<DebtorKind, LimitationPeriod>
        {
            [DebtorKind.Business] = new(Period.FromYears(5), "C. com. art. L110-4"),
            [DebtorKind.Consumer] = new(Period.FromYears(2), "C. consommation art. L218-2"),
            [DebtorKind.PublicAuthority] = new(Period.FromYears(4), "loi n° 68-1250 du 31 décembre 1968, art. 1 (déchéance quadriennale)") { FromYearEnd = true },
        },
        ConsumerProtection = new ConsumerProtection("C. proc. civ. exécution art. L111-8: collection costs stay with the creditor without an enforceable title"),
        Sources =
        [
            "C. com. art. L441-10, D441-5 — between businesses: ECB rate + 10 points, €40 fixed compensation",
            "C. civ. art. 1231-6; C. monétaire et financier art. L313-2, L313-3 — consumers: the legal rate from the formal notice (mise en demeure), + 5 points two months after an enforceable judgment",
            "C. commande publique art. R2192-31, D2192-35 — public buyers: ECB rate + 8 points fixed at the half-year interest starts, €40",
            "C. proc. civ. art. 1405 ff. — injonction de payer; C. proc. civ. exécution art. L125-1, R125-1 — procédure simplifiée de recouvrement des petites créances up to €5,000",
            "C. proc. civ. exécution art. L111-8 — no collection cost charged to a consumer",
            "C. com. art. L110-4; C. consommation art. L218-2; loi n° 68-1250 art. 1 — limitation",
            "C. trav. art. L3133-1 — public holidays",
        ],
    };

    /// <summary>Gets Alsace-Moselle (FR-57, and FR-67, FR-68, FR-6AE in <see cref="Default"/>): France with Good Friday and 26 December (C. trav. L3134-13).</summary>
    public static Jurisdiction FranceAlsaceMoselle { get; } = France with
    {
        Code = "FR-57",
        Name = "France, Alsace-Moselle",
        Calendar = BusinessCalendars.FranceAlsaceMoselle,
        Sources = [.. France.Sources, "C. trav. art. L3134-13 — Good Friday and 26 December in Alsace-Moselle"],
    };
}
