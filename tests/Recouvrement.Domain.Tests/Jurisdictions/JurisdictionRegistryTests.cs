using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Escalation;
using Recouvrement.Jurisdictions;
using Recouvrement.Penalties;
using static Recouvrement.Domain.Tests.CaseFixtures;

namespace Recouvrement.Domain.Tests;

public class JurisdictionRegistryTests
{
    private static readonly LimitationPeriod FiveYears = new(Period.FromYears(5), "C. com. art. L110-4");

    private static Jurisdiction France(string code = "FR") => new(code, "France", Currency.EUR, DateTimeZoneProviders.Tzdb["Europe/Paris"], new Holidays(), Valid(LadderSelection.Create(EscalationLadders.BusinessStandard, [])))
    {
        Language = "fr",
        Rules = new Dictionary<DebtorKind, LatePaymentRule?>
        {
            [DebtorKind.Business] = LatePaymentRule.FranceBusiness(),
            [DebtorKind.Consumer] = LatePaymentRule.FranceConsumer(),
            [DebtorKind.PublicAuthority] = LatePaymentRule.FrancePublicBuyer(),
        },
        Limitation = new Dictionary<DebtorKind, LimitationPeriod> { [DebtorKind.Business] = FiveYears, [DebtorKind.Consumer] = FiveYears, [DebtorKind.PublicAuthority] = FiveYears },
    };

    private static Debtor Debtor(string country, string? law = null) => new("D", "Debtor", DebtorKind.Business, country) { GoverningLaw = law };

    [Fact]
    public void A_debtor_is_resolved_by_the_contracts_law_then_its_country_then_its_countrys_profile()
    {
        var alsace = France("FR-57") with { Name = "France, Alsace-Moselle" };
        var registry = Valid(JurisdictionRegistry.Create([France(), alsace]));

        Assert.Equal("FR", Valid(registry.Resolve(Debtor("FR"))).Code);
        Assert.Equal("FR-57", Valid(registry.Resolve(Debtor("DE", law: "FR-57"))).Code);
        Assert.Equal("FR", Valid(registry.Resolve(Debtor("FR", law: "FR-75"))).Code);
        Assert.Equal("debtor.Country = \"BR\": has no jurisdiction profile: add one with JurisdictionRegistry.With", Assert.Single(registry.Resolve(Debtor("BR")).ValidationErrors).ErrorMessage);
    }

    [Fact]
    public void A_host_adds_or_replaces_a_profile_and_the_registry_it_came_from_is_unchanged()
    {
        var registry = Valid(JurisdictionRegistry.Create([France()]));
        var withAlias = Valid(registry.With(France() with { Name = "France (host)" }, "MC"));

        Assert.Equal("France (host)", Valid(withAlias.Resolve(Debtor("MC"))).Name);
        Assert.Equal("France (host)", Valid(withAlias.Resolve(Debtor("FR"))).Name);
        Assert.Equal("France", Valid(registry.Resolve(Debtor("FR"))).Name);
        Assert.Single(withAlias.Profiles);
    }

    [Fact]
    public void A_profile_with_a_bad_code_a_missing_rule_or_thresholds_in_another_currency_is_refused_with_every_problem()
    {
        var sterlingLadder = Valid(EscalationLadder.Builder("Sterling", "GB")
            .Remind("Reminder", 1, StepChannel.Email, Communication.Tone.Courteous, "r")
            .FormalNotice("Notice", 20, "n")
            .FileInCourt("Court", 40, "c", s => s with { MinimumOverdue = new Money(100m, Currency.GBP) })
            .ProposeWriteOff("Write-off", 41, "w")
            .Build());
        var broken = France() with
        {
            Code = "france",
            Rules = new Dictionary<DebtorKind, LatePaymentRule?> { [DebtorKind.Business] = LatePaymentRule.FranceBusiness() },
            Ladders = Valid(LadderSelection.Create(sterlingLadder, [])),
        };

        var result = JurisdictionRegistry.Create([broken, France(), France()]);

        Assert.Equal(
            ["profiles[0].Code", "profiles[0].Rules", "profiles[0].Rules", "profiles[0].Ladders[Sterling]", "profiles[2].Code"],
            result.ValidationErrors.Select(e => e.Identifier));
    }

    [Fact]
    public void The_laws_silence_is_stated_not_assumed()
    {
        var english = France("GB-ENG") with
        {
            Rules = new Dictionary<DebtorKind, LatePaymentRule?> { [DebtorKind.Business] = LatePaymentRule.UnitedKingdom(), [DebtorKind.Consumer] = null, [DebtorKind.PublicAuthority] = LatePaymentRule.UnitedKingdom() },
        };

        Assert.True(JurisdictionRegistry.Create([english]).IsSuccess);
        Assert.Null(english.RuleFor(DebtorKind.Consumer));
    }

    [Fact]
    public void A_limitation_period_runs_from_the_due_date_or_from_the_end_of_its_year()
    {
        Assert.Equal(new LocalDate(2031, 3, 15), FiveYears.LastDay(new LocalDate(2026, 3, 15)));
        Assert.Equal(new LocalDate(2029, 12, 31), new LimitationPeriod(Period.FromYears(3), "BGB §195, §199") { FromYearEnd = true }.LastDay(new LocalDate(2026, 3, 15)));
    }

    [Fact]
    public void An_account_refuses_a_governing_law_that_is_no_iso_code()
    {
        var result = Recouvrement.Accounts.Account.Create(Debtor("FR", "Alsace"), []);
        var error = Assert.Single(result.ValidationErrors);
        Assert.Equal("debtor.GoverningLaw", error.Identifier);
        Assert.True(Recouvrement.Accounts.Account.Create(Debtor("FR", "FR-57"), []).IsSuccess);
    }
}
