using Recouvrement.Debtors;
using Recouvrement.Penalties;
using Recouvrement.Scheduling;

namespace Recouvrement.Cli;

/// <summary>
/// The late-payment rule and the calendar of each debtor's country. The sample takes the debtor's country as the law of
/// the contract; a host whose contracts name another law chooses by contract instead.
/// </summary>
internal static class Jurisdictions
{
    // Euro-area countries without a dedicated rule: the directive's floor, ECB rate + 8 points.
    private static readonly HashSet<string> EuroArea = ["AT", "BE", "CY", "EE", "ES", "FI", "GR", "HR", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PT", "SI", "SK"];

    private static readonly LatePaymentRule FranceBusiness = LatePaymentRule.FranceBusiness();
    private static readonly LatePaymentRule FranceConsumer = LatePaymentRule.FranceConsumer();
    private static readonly LatePaymentRule Germany = LatePaymentRule.Germany();
    private static readonly LatePaymentRule UnitedKingdom = LatePaymentRule.UnitedKingdom();
    private static readonly LatePaymentRule EuDirective = LatePaymentRule.EuDirective();

    internal static IReadOnlyList<string> RuleNames { get; } = ["france-business", "france-consumer", "germany", "uk", "eu"];

    /// <summary>The rule the run applies to a debtor; none for a consumer where the law gives no default interest.</summary>
    internal static LatePaymentRule? RuleFor(Debtor debtor) => (debtor.Country.ToUpperInvariant(), debtor.Kind.IsConsumer) switch
    {
        ("FR", false) => FranceBusiness,
        ("FR", true) => FranceConsumer,
        ("DE", _) => Germany,
        ("GB", false) => UnitedKingdom,
        (var country, false) when EuroArea.Contains(country) => EuDirective,
        _ => null,
    };

    /// <summary>A rule by the name the <c>penalty</c> command takes.</summary>
    internal static LatePaymentRule? RuleNamed(string name) => name switch
    {
        "france-business" => FranceBusiness,
        "france-consumer" => FranceConsumer,
        "germany" => Germany,
        "uk" => UnitedKingdom,
        "eu" => EuDirective,
        _ => null,
    };

    /// <summary>The calendar of a country code: FR, FR-57 (Alsace-Moselle), GB, DE.</summary>
    internal static BusinessCalendar? CalendarOf(string country) => country.ToUpperInvariant() switch
    {
        "FR" => BusinessCalendars.France,
        "FR-57" or "FR-67" or "FR-68" => BusinessCalendars.FranceAlsaceMoselle,
        "GB" or "GB-ENG" or "GB-WLS" => BusinessCalendars.EnglandAndWales,
        "DE" => BusinessCalendars.Germany,
        _ => null,
    };
}
