using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Escalation;
using Recouvrement.Jurisdictions;
using Recouvrement.Penalties;
using static Recouvrement.Domain.Tests.CaseFixtures;

namespace Recouvrement.Domain.Tests;

/// <summary>A profile's refusals as the host reads them, the codes a profile may have, and a limitation period's wording.</summary>
public class JurisdictionWordingTests
{
    private static readonly LimitationPeriod FiveYears = new(Period.FromYears(5), "C. com. art. L110-4");

    private static Jurisdiction France(string code = "FR") => new(code, "France", Currency.EUR, DateTimeZoneProviders.Tzdb["Europe/Paris"], new Holidays(), Valid(LadderSelection.Create(EscalationLadders.BusinessStandard, [])))
    {
        Rules = new Dictionary<DebtorKind, LatePaymentRule?>
        {
            [DebtorKind.Business] = LatePaymentRule.FranceBusiness(),
            [DebtorKind.Consumer] = LatePaymentRule.FranceConsumer(),
            [DebtorKind.PublicAuthority] = LatePaymentRule.FrancePublicBuyer(),
        },
    };

    [Fact]
    public void Every_problem_of_a_profile_is_worded_with_its_field()
    {
        var sterlingLadder = Valid(EscalationLadder.Builder("Sterling", "GB")
            .Remind("Reminder", 1, StepChannel.Email, Communication.Tone.Courteous, "r", s => s with { Fee = new Money(5m, Currency.GBP) })
            .FormalNotice("Notice", 20, "n")
            .FileInCourt("Court", 40, "c", s => s with { MinimumOverdue = new Money(100m, Currency.GBP), MaximumOverdue = new Money(900m, Currency.GBP) })
            .ProposeWriteOff("Write-off", 41, "w")
            .Build());
        var broken = France() with
        {
            Code = "france",
            Rules = new Dictionary<DebtorKind, LatePaymentRule?> { [DebtorKind.Business] = LatePaymentRule.FranceBusiness() },
            Ladders = Valid(LadderSelection.Create(sterlingLadder, [])),
            ConsumerProtection = new ConsumerProtection("C. proc. civ. exécution art. L111-8"),
        };

        var result = JurisdictionRegistry.Create([broken, null, France() with { Name = " " }, France(), France()]);

        Assert.Equal(
            [
                "profiles[0].Code = \"france\": must be an ISO 3166 code, a country (\"DE\") or a subdivision (\"FR-57\", \"GB-ENG\")",
                "profiles[0].Rules = \"Consumer\": has no late-payment rule for this kind of debtor: give one, or null where the law gives none",
                "profiles[0].Rules = \"PublicAuthority\": has no late-payment rule for this kind of debtor: give one, or null where the law gives none",
                "profiles[0].Ladders[Sterling] = \"Reminder: 5.00 GBP\": is not in the jurisdiction's currency (EUR): a threshold is compared with a debt in its own currency",
                "profiles[0].Ladders[Sterling] = \"Reminder\": charges a consumer a fee, which the law does not allow (C. proc. civ. exécution art. L111-8): restrict the step to businesses",
                "profiles[0].Ladders[Sterling] = \"Court: 100.00 GBP\": is not in the jurisdiction's currency (EUR): a threshold is compared with a debt in its own currency",
                "profiles[0].Ladders[Sterling] = \"Court: 900.00 GBP\": is not in the jurisdiction's currency (EUR): a threshold is compared with a debt in its own currency",
                "profiles[1] = null: must not be null",
                "profiles[2] = \" \": needs a name, a currency, a time zone, a calendar and ladders",
                "profiles[3].Code = \"FR\": is given twice",
                "profiles[4].Code = \"FR\": is given twice",
            ],
            result.ValidationErrors.Select(e => e.ErrorMessage));
    }

    [Theory]
    [InlineData("FR", true)]
    [InlineData("FR-57", true)]
    [InlineData("GB-ENG", true)]
    [InlineData("FR-5", true)]
    [InlineData("FR-ABCD", false)]
    [InlineData("F", false)]
    [InlineData("FRA", false)]
    [InlineData("FR57", false)]
    [InlineData("FR-", false)]
    [InlineData("FR-5!", false)]
    [InlineData("fr", false)]
    [InlineData("Fr", false)]
    [InlineData("fR-57", false)]
    public void A_profile_code_is_a_country_or_a_subdivision_in_capitals(string code, bool accepted)
        => Assert.Equal(accepted, JurisdictionRegistry.Create([France(code)]).IsSuccess);

    [Fact]
    public void A_blank_alias_or_a_missing_profile_is_refused()
    {
        var registry = Valid(JurisdictionRegistry.Create([France()]));

        Assert.Equal("profile = null: must be given", Assert.Single(registry.With(null).ValidationErrors).ErrorMessage);
        Assert.Equal("aliases = \" \": must not be blank", Assert.Single(registry.With(France(), " ").ValidationErrors).ErrorMessage);
    }

    [Fact]
    public void A_limitation_period_says_its_length_where_it_runs_from_and_its_source()
    {
        Assert.Equal("5 years from the due date (C. com. art. L110-4)", FiveYears.ToString());
        Assert.Equal("1 year from the end of the year the debt fell due (BGB)", new LimitationPeriod(Period.FromYears(1), "BGB") { FromYearEnd = true }.ToString());
        Assert.Equal("P2Y6M from the due date (x)", new LimitationPeriod(Period.FromYears(2) + Period.FromMonths(6), "x").ToString());
        Assert.Equal("P6M from the due date (x)", new LimitationPeriod(Period.FromMonths(6), "x").ToString());
        Assert.Equal("P2Y3D from the due date (x)", new LimitationPeriod(Period.FromYears(2) + Period.FromDays(3), "x").ToString());
    }
}
