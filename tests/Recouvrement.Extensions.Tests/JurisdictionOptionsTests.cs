using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Recouvrement.Calendars;
using Recouvrement.Debtors;
using Recouvrement.Escalation;
using Recouvrement.Jurisdictions;
using Recouvrement.Scheduling;

namespace Recouvrement.Extensions.Tests;

/// <summary>The home jurisdiction the options configure, and every other debtor under its own law.</summary>
public class JurisdictionOptionsTests
{
    private static Debtor Under(string country, DebtorKind? kind = null, string? law = null) => new("D", "D", kind ?? DebtorKind.Business, country) { GoverningLaw = law };

    private static ServiceProvider Provider(Action<RecouvrementOptions>? configure = null)
        => new ServiceCollection().AddRecouvrement(configure ?? (_ => { })).BuildServiceProvider();

    [Fact]
    public void By_default_france_is_home_and_every_other_debtor_follows_its_own_law()
    {
        using var provider = Provider();
        var setup = provider.GetRequiredService<RecouvrementSetup>();
        var registry = provider.GetRequiredService<CollectionRun>().Options.Jurisdictions!;
        Assert.Same(setup.Jurisdictions, registry);
        Assert.Equal(("FR", "France", "Europe/Paris"), (setup.Jurisdiction.Code, setup.Calendar.Name, setup.TimeZone.Id));
        Assert.Equal("France, late payment by a public buyer", setup.Penalties.RuleFor(Under("FR", DebtorKind.PublicAuthority))!.Name);
        Assert.Equal("France, legal interest owed by a consumer", setup.Penalties.RuleFor(Under("FR", DebtorKind.Consumer))!.Name);
        Assert.Equal(("Germany, business", "Germany"), (registry.Resolve(Under("DE")).Value.Ladders.Default.Name, registry.Resolve(Under("DE")).Value.Calendar.Name));
        Assert.Null(setup.Penalties.RuleFor(Under("GB", DebtorKind.Consumer)));
    }

    [Fact]
    public void A_german_host_sets_one_option_and_gets_germanys_calendar_zone_ladders_and_rules()
    {
        using var provider = Provider(o => o.Jurisdiction = "DE");
        Assert.Equal("Germany", provider.GetRequiredService<IBusinessCalendar>().Name);
        Assert.Equal("Germany, business", provider.GetRequiredService<LadderSelection>().Default.Name);
        Assert.Equal("Europe/Berlin", provider.GetRequiredService<RecouvrementSetup>().TimeZone.Id);
        Assert.Equal("Germany, default interest (Verzugszinsen)", provider.GetRequiredService<IPenaltyRuleSelector>().RuleFor(Under("DE"))!.Name);
    }

    [Fact]
    public void The_options_ladders_and_rules_apply_to_the_home_countrys_regions_under_their_own_calendar()
    {
        using var provider = Provider(o =>
        {
            o.DefaultLadder = "BusinessKeyAccount";
            o.Penalties.PublicAuthority = "FranceBusiness";
        });
        var registry = provider.GetRequiredService<RecouvrementSetup>().Jurisdictions;
        var alsace = registry.Resolve(Under("FR", law: "FR-67")).Value;
        Assert.Equal(("Business, key account", "France, Alsace-Moselle"), (alsace.Ladders.Default.Name, alsace.Calendar.Name));
        Assert.Equal("France, late payment between businesses", alsace.RuleFor(DebtorKind.PublicAuthority)!.Name);
        Assert.Equal("Consumer, small amount", alsace.Ladders.Select(DebtorKind.Consumer, new Money(10m, Currency.EUR)).Name);
        Assert.Equal("Germany, business", registry.Resolve(Under("DE")).Value.Ladders.Default.Name);
    }

    [Fact]
    public void An_unknown_home_and_ladders_in_another_currency_than_the_homes_are_named_at_start()
    {
        using (var unknown = Provider(o => o.Jurisdiction = "XX"))
        {
            var failure = Assert.Throws<OptionsValidationException>(() => unknown.GetRequiredService<CollectionRun>());
            Assert.StartsWith("Recouvrement:Jurisdiction = \"XX\": has no profile: one of AT, BE, BG,", Assert.Single(failure.Failures), StringComparison.Ordinal);
        }

        using var pounds = Provider(o => o.Currency = "GBP");
        var mismatch = Assert.Throws<OptionsValidationException>(() => pounds.GetRequiredService<CollectionRun>());
        Assert.Contains(mismatch.Failures, f => f.StartsWith("Recouvrement:Jurisdiction:Profile:Ladders:Business, standard = ", StringComparison.Ordinal) && f.EndsWith("is not in the jurisdiction's currency (GBP): a threshold is compared with a debt in its own currency", StringComparison.Ordinal));
    }

    [Fact]
    public void Ladders_a_host_registers_replace_the_home_jurisdictions_only()
    {
        var mine = LadderSelection.Create(EscalationLadders.BusinessKeyAccount, []).Value;
        using var provider = new ServiceCollection().AddSingleton(mine).AddRecouvrement().BuildServiceProvider();
        var registry = provider.GetRequiredService<CollectionRun>().Options.Jurisdictions!;
        Assert.Same(mine, registry.Resolve(Under("FR")).Value.Ladders);
        Assert.Equal("England and Wales, business", registry.Resolve(Under("GB")).Value.Ladders.Default.Name);
    }
}
