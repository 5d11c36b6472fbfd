using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Escalation;
using Recouvrement.Jurisdictions;
using Recouvrement.Penalties;

namespace Recouvrement.Scheduling;

/// <summary>
/// The jurisdiction profiles shipped with the library — France (and Alsace-Moselle), Germany, England and Wales,
/// Belgium, the Netherlands, Spain, Italy — and the EU late-payment directive's floor for the other euro-area countries,
/// gathered in <see cref="Default"/>. docs/jurisdictions.md lists each profile's sources.
/// </summary>
/// <remarks>
/// A host adapts a profile with <c>with</c> (its own ladders, a contractual rule, a region's holidays) and puts it in the
/// registry with <see cref="JurisdictionRegistry.With"/>. The profiles are immutable and thread-safe.
/// </remarks>
public static partial class JurisdictionProfiles
{
    /// <summary>The euro-area countries without a profile of their own, with their capital's time zone.</summary>
    private static readonly (string Code, string Name, string Zone)[] EuroArea =
    [
        ("AT", "Austria", "Europe/Vienna"),
        ("BG", "Bulgaria", "Europe/Sofia"),
        ("CY", "Cyprus", "Asia/Nicosia"),
        ("EE", "Estonia", "Europe/Tallinn"),
        ("FI", "Finland", "Europe/Helsinki"),
        ("GR", "Greece", "Europe/Athens"),
        ("HR", "Croatia", "Europe/Zagreb"),
        ("IE", "Ireland", "Europe/Dublin"),
        ("LT", "Lithuania", "Europe/Vilnius"),
        ("LU", "Luxembourg", "Europe/Luxembourg"),
        ("LV", "Latvia", "Europe/Riga"),
        ("MT", "Malta", "Europe/Malta"),
        ("PT", "Portugal", "Europe/Lisbon"),
        ("SI", "Slovenia", "Europe/Ljubljana"),
        ("SK", "Slovakia", "Europe/Bratislava"),
    ];

    private static readonly LadderWords DirectiveWords = new("EU", "eu", "First reminder", "Second reminder", "Formal notice", "Write-off proposal", "Collection agency", "Court claim");

    /// <summary>
    /// Gets the registry of every shipped profile: FR (FR-57, FR-67, FR-68 and FR-6AE for Alsace-Moselle), DE, GB-ENG
    /// (also GB, GB-EAW and GB-WLS), BE, NL, ES, IT, and the directive's floor for AT, BG, CY, EE, FI, GR, HR, IE, LT, LU,
    /// LV, MT, PT, SI and SK.
    /// </summary>
    public static JurisdictionRegistry Default => Shipped.Registry;

    /// <summary>
    /// The EU late-payment directive's floor for a euro-area country the library has no profile for (Directive
    /// 2011/7/EU art. 3, 6, 12): between businesses and towards public authorities, the ECB rate plus 8 points and €40;
    /// no statutory interest assumed for consumers, whose national law differs; a calendar of weekends only and no
    /// limitation period, until the host gives the country's own.
    /// </summary>
    /// <param name="code">The country's ISO 3166 code.</param>
    /// <param name="name">The country's name.</param>
    /// <param name="timeZone">Its time zone.</param>
    /// <returns>The profile; every breakdown of its rule names the directive.</returns>
    public static Jurisdiction EuDirective(string code, string name, DateTimeZone timeZone)
    {
        var rule = LatePaymentRule.EuDirective();
        var ladders = Ladders(DirectiveWords, name, Currency.EUR);
        return new Jurisdiction(code, name, Currency.EUR, timeZone, BusinessCalendars.WeekendsOnly, ladders)
        {
            Rules = Rules(business: rule, consumer: null, publicBuyer: rule),
            Sources =
            [
                "Directive 2011/7/EU on combating late payment in commercial transactions, art. 3, 4 (ECB rate + 8 points) and 6 (€40) — the floor every member state's law gives at least",
            ],
        };
    }

    /// <summary>The rule for each kind of debtor, every kind stated.</summary>
    private static Dictionary<DebtorKind, LatePaymentRule?> Rules(LatePaymentRule? business, LatePaymentRule? consumer, LatePaymentRule? publicBuyer)
        => new() { [DebtorKind.Business] = business, [DebtorKind.Consumer] = consumer, [DebtorKind.PublicAuthority] = publicBuyer };

    /// <summary>One rule for every kind of debtor.</summary>
    private static Dictionary<DebtorKind, LatePaymentRule?> SameRule(LatePaymentRule rule) => Rules(rule, rule, rule);

    /// <summary>One limitation period for every kind of debtor.</summary>
    private static Dictionary<DebtorKind, LimitationPeriod> Limitation(LimitationPeriod all)
        => DebtorKind.List.ToDictionary(k => k, _ => all);

    /// <summary>Consumers' own limitation period, businesses and public buyers the other.</summary>
    private static Dictionary<DebtorKind, LimitationPeriod> Limitation(LimitationPeriod others, LimitationPeriod consumers)
        => DebtorKind.List.ToDictionary(k => k, k => k == DebtorKind.Consumer ? consumers : others);

    /// <summary>The ladders of a jurisdiction's words: consumers follow their own, businesses and public buyers the other.</summary>
    private static LadderSelection Ladders(LadderWords words, string name, Currency currency)
        => LadderSelection.Create(words.Business($"{name}, business", currency), [new LadderSegment(words.Consumer($"{name}, consumer", currency)) { DebtorKind = DebtorKind.Consumer }]).Value;

    private static DateTimeZone Zone(string id) => DateTimeZoneProviders.Tzdb[id];

    /// <summary>Built on first use, once every profile of every file of this class is.</summary>
    private static class Shipped
    {
        internal static readonly JurisdictionRegistry Registry = JurisdictionRegistry
            .Create([France, Germany, Belgium, Netherlands, Spain, Italy, .. EuroArea.Select(c => EuDirective(c.Code, c.Name, Zone(c.Zone)))]).Value
            .With(FranceAlsaceMoselle, "FR-67", "FR-68", "FR-6AE").Value
            .With(EnglandAndWales, "GB", "GB-EAW", "GB-WLS").Value;
    }
}
