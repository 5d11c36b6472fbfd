using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Escalation;
using Recouvrement.Jurisdictions;
using Recouvrement.Penalties;

namespace Recouvrement.Scheduling.Tests;

public class JurisdictionProfilesTests
{
    private static Debtor Under(string law, DebtorKind? kind = null) => new("D", "D", kind ?? DebtorKind.Business, law);

    [Theory]
    [InlineData("FR", "France", "EUR", "Europe/Paris", "France")]
    [InlineData("fr-57", "France, Alsace-Moselle", "EUR", "Europe/Paris", "France, Alsace-Moselle")]
    [InlineData("FR-67", "France, Alsace-Moselle", "EUR", "Europe/Paris", "France, Alsace-Moselle")]
    [InlineData("FR-6AE", "France, Alsace-Moselle", "EUR", "Europe/Paris", "France, Alsace-Moselle")]
    [InlineData("FR-69", "France", "EUR", "Europe/Paris", "France")]
    [InlineData("DE", "Germany", "EUR", "Europe/Berlin", "Germany")]
    [InlineData("GB", "England and Wales", "GBP", "Europe/London", "England and Wales")]
    [InlineData("GB-WLS", "England and Wales", "GBP", "Europe/London", "England and Wales")]
    [InlineData("BE", "Belgium", "EUR", "Europe/Brussels", "Belgium")]
    [InlineData("NL", "Netherlands", "EUR", "Europe/Amsterdam", "Netherlands")]
    [InlineData("ES", "Spain", "EUR", "Europe/Madrid", "Spain")]
    [InlineData("IT", "Italy", "EUR", "Europe/Rome", "Italy")]
    [InlineData("AT", "Austria", "EUR", "Europe/Vienna", "Weekends only")]
    [InlineData("BG", "Bulgaria", "EUR", "Europe/Sofia", "Weekends only")]
    public void A_debtor_resolves_to_its_laws_profile(string law, string name, string currency, string zone, string calendar)
    {
        var profile = JurisdictionProfiles.Default.Resolve(Under(law)).Value;
        Assert.Equal((name, currency, zone, calendar), (profile.Name, profile.Currency.Code, profile.TimeZone.Id, profile.Calendar.Name));
    }

    [Fact]
    public void The_contracts_governing_law_comes_before_the_debtors_country_and_an_unknown_law_is_named()
    {
        Assert.Equal("Germany", JurisdictionProfiles.Default.Resolve(Under("FR") with { GoverningLaw = "DE" }).Value.Name);
        var unknown = Assert.Single(JurisdictionProfiles.Default.Resolve(Under("US")).ValidationErrors);
        Assert.Equal("debtor.Country", unknown.Identifier);
        Assert.StartsWith("debtor.Country = \"US\": has no jurisdiction profile", unknown.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_shipped_profile_states_a_rule_for_each_kind_of_debtor_and_keeps_its_thresholds_in_its_currency()
    {
        foreach (var profile in JurisdictionProfiles.Default.Profiles)
        {
            Assert.Equal(DebtorKind.List.Count, profile.Rules.Count);
            var ladders = profile.Ladders.Segments.Select(s => s.Ladder).Append(profile.Ladders.Default);
            Assert.All(
                ladders.SelectMany(l => l.Steps).SelectMany(s => new[] { s.MinimumOverdue, s.MaximumOverdue, s.Fee }).OfType<Money>(),
                threshold => Assert.Equal(profile.Currency, threshold.Currency));
            Assert.All(ladders, l => Assert.True(l.Steps[^1].IsTerminal, $"{profile.Code}: {l.Name} ends in a court or write-off step"));
            Assert.NotEmpty(profile.Sources);
        }
    }

    [Theory]
    [InlineData("FR", "France, late payment between businesses", "France, legal interest owed by a consumer", "France, late payment by a public buyer")]
    [InlineData("DE", "Germany, default interest (Verzugszinsen)", "Germany, default interest (Verzugszinsen)", "Germany, default interest (Verzugszinsen)")]
    [InlineData("GB", "United Kingdom, statutory interest on late commercial payments", null, "United Kingdom, statutory interest on late commercial payments")]
    [InlineData("BE", "Belgium, late payment in commercial transactions", "Belgium, legal interest owed by a consumer", "Belgium, late payment in commercial transactions")]
    [InlineData("NL", "Netherlands, commercial statutory interest (wettelijke handelsrente)", "Netherlands, statutory interest (wettelijke rente)", "Netherlands, commercial statutory interest (wettelijke handelsrente)")]
    [InlineData("ES", "Spain, late payment in commercial transactions", "Spain, legal interest owed by a consumer", "Spain, late payment in commercial transactions")]
    [InlineData("IT", "Italy, late payment in commercial transactions", "Italy, legal interest owed by a consumer", "Italy, late payment in commercial transactions")]
    [InlineData("PT", "EU late payment directive, reference rate + 8 points", null, "EU late payment directive, reference rate + 8 points")]
    public void Each_law_has_its_rule_for_businesses_consumers_and_public_buyers(string law, string business, string? consumer, string publicBuyer)
    {
        var profile = JurisdictionProfiles.Default.Codes[law];
        Assert.Equal(
            (business, consumer, publicBuyer),
            (profile.RuleFor(DebtorKind.Business)?.Name, profile.RuleFor(DebtorKind.Consumer)?.Name, profile.RuleFor(DebtorKind.PublicAuthority)?.Name));
    }

    [Fact]
    public void The_directives_floor_names_the_directive_in_its_breakdown()
    {
        var rule = JurisdictionProfiles.Default.Codes["AT"].RuleFor(DebtorKind.Business)!;
        var breakdown = PenaltyCalculator.Calculate(new LateInvoice("R-1", new Money(10_000m, Currency.EUR), new LocalDate(2026, 1, 31)), DebtorKind.Business, rule, new LocalDate(2026, 3, 2)).Value;

        // 30 days × 10,000 × (2.15 % + 8) / 365 = 83.42; €40 (Directive 2011/7/EU art. 6).
        Assert.Equal((new Money(83.42m, Currency.EUR), new Money(40m, Currency.EUR)), (breakdown.Interest, breakdown.Compensation));
        Assert.Contains("Directive 2011/7/EU", breakdown.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FR", "2028-06-30", "C. com. art. L110-4", "2033-06-30")]
    [InlineData("DE", "2028-06-30", "BGB §§ 195, 199", "2031-12-31")]
    [InlineData("GB", "2028-06-30", "Limitation Act 1980, s. 5", "2034-06-30")]
    [InlineData("IT", "2028-06-30", "codice civile art. 2946", "2038-06-30")]
    public void Each_law_gives_its_limitation_period(string law, string due, string source, string lastDay)
    {
        var period = JurisdictionProfiles.Default.Codes[law].LimitationFor(DebtorKind.Business)!;
        Assert.Equal((source, LocalDate.FromDateTime(DateTime.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture))), (period.Source, period.LastDay(LocalDate.FromDateTime(DateTime.Parse(due, System.Globalization.CultureInfo.InvariantCulture)))));
    }

    [Fact]
    public void A_french_consumer_has_two_years_and_a_public_body_four_from_the_year_end()
    {
        var france = JurisdictionProfiles.France;
        Assert.Equal(new LocalDate(2028, 3, 1), france.LimitationFor(DebtorKind.Consumer)!.LastDay(new LocalDate(2026, 3, 1)));
        Assert.Equal(new LocalDate(2030, 12, 31), france.LimitationFor(DebtorKind.PublicAuthority)!.LastDay(new LocalDate(2026, 3, 1)));
        Assert.Null(JurisdictionProfiles.Default.Codes["AT"].LimitationFor(DebtorKind.Business));
    }

    [Fact]
    public void A_host_replaces_a_profile_and_its_aliases_follow()
    {
        var mine = JurisdictionProfiles.EnglandAndWales with { Ladders = LadderSelection.Create(JurisdictionProfiles.EnglandAndWales.Ladders.Default, []).Value };
        var registry = JurisdictionProfiles.Default.With(mine).Value;
        Assert.Same(mine, registry.Resolve(Under("GB")).Value);
        Assert.NotSame(mine, JurisdictionProfiles.Default.Resolve(Under("GB")).Value);
    }

    [Fact]
    public void A_profile_whose_ladders_are_in_another_currency_is_refused_by_name()
    {
        var wrong = JurisdictionProfiles.EnglandAndWales with { Ladders = JurisdictionProfiles.France.Ladders };
        var errors = JurisdictionProfiles.Default.With(wrong).ValidationErrors;
        Assert.Contains(errors, e => e.ErrorMessage.Contains("is not in the jurisdiction's currency (GBP)", StringComparison.Ordinal));
    }
}
