using System.Globalization;
using Recouvrement.Communication;
using Recouvrement.Debtors;
using Recouvrement.Escalation;
using Snapshooter.Xunit;

namespace Recouvrement.Domain.Tests;

public class EscalationLadderTests
{
    public static TheoryData<string> Shipped() => ["ConsumerSmallAmount", "ConsumerInstalmentCredit", "BusinessStandard", "BusinessKeyAccount", "PublicAuthority"];

    private static EscalationLadder ShippedLadder(string name)
        => (EscalationLadder)typeof(EscalationLadders).GetProperty(name)!.GetValue(null)!;

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Shipped_ladders_build_and_end_amicable_steps_with_a_formal_notice(string name)
    {
        var ladder = ShippedLadder(name);
        var kinds = ladder.Steps.Select(s => s.Kind).ToList();

        Assert.Contains(StepKind.FormalNotice, kinds);
        Assert.True(kinds.LastIndexOf(StepKind.Reminder) < kinds.IndexOf(StepKind.FormalNotice));
        Assert.All(ladder.Steps.Where(s => s.Kind is StepKind.Agency or StepKind.Court), s => Assert.True(s.RequiresApproval));
    }

    [Fact]
    public void A_ladder_names_every_problem_at_once()
    {
        var result = EscalationLadder.Builder("Broken", "FR")
            .FormalNotice("Too early", 5, "notice")
            .Remind("Reminder", 3, StepChannel.Email, Tone.Courteous, "r1", s => s with { Fee = new Money(10m, Currency.EUR) })
            .FileInCourt("Court", 2, "court", s => s with { Fee = new Money(-1m, Currency.EUR) })
            .Add(null)
            .Remind("Reminder", 40, StepChannel.Sms, null!, " ")
            .Build();

        Assert.Equal(
            [
                "steps[0].Kind = FormalNotice: a formal notice follows at least one reminder",
                "steps[1].Fee = 10.00 EUR: collection costs cannot be charged to a consumer in France without an enforceable title (C. proc. civ. exécution L111-8): restrict the step to businesses",
                "steps[1].DaysAfterDue = 3: puts 'Reminder' on day 3, less than 1 day(s) after the previous step (day 5)",
                "steps[2].Fee = -1.00 EUR: must not be negative, in whole minor units",
                "steps[2].DaysAfterDue = 2: puts 'Court' on day 2, less than 1 day(s) after the previous step (day 3)",
                "steps[3] = null: must not be null",
                "steps[4].Name = \"Reminder\": must be given and unique in the ladder",
                "steps[4] = \"Reminder\": needs a channel, a tone and a template key",
            ],
            result.ValidationErrors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void A_court_filing_needs_a_formal_notice_before_it()
    {
        var result = EscalationLadder.Builder("No notice", "FR")
            .Remind("Reminder", 1, StepChannel.Email, Tone.Courteous, "r")
            .FileInCourt("Court", 60, "court")
            .Build();

        Assert.Equal("steps[1].Kind = Court: a court filing follows a formal notice", Assert.Single(result.ValidationErrors).ErrorMessage);
    }

    [Fact]
    public void A_fee_restricted_to_businesses_is_accepted_and_elsewhere_the_french_rule_does_not_apply()
    {
        var business = EscalationLadder.Builder("B2B fee", "FR")
            .Remind("Reminder", 1, StepChannel.Email, Tone.Courteous, "r", s => s with { Fee = new Money(40m, Currency.EUR), DebtorKinds = [DebtorKind.Business] })
            .Build();
        var germany = EscalationLadder.Builder("Mahngebühr", "DE")
            .Remind("Mahnung", 14, StepChannel.Letter, Tone.Firm, "mahnung", s => s with { Fee = new Money(5m, Currency.EUR) })
            .Build();

        Assert.True(business.IsSuccess);
        Assert.True(germany.IsSuccess);
    }

    [Fact]
    public void Steps_may_count_from_the_previous_one()
    {
        var ladder = EscalationLadders.ConsumerInstalmentCredit;
        var agency = ladder.Steps.Single(s => s.Kind == StepKind.Agency);
        Assert.True(agency.AfterPreviousStep);
        Assert.Equal(15, agency.DaysAfterDue);
    }

    [Fact]
    public void A_ladder_reads_in_english_and_french()
        => Snapshot.Match(EscalationLadders.BusinessStandard.Describe(CultureInfo.InvariantCulture) + "\n\n" + EscalationLadders.BusinessStandard.Describe(new CultureInfo("fr-FR")));
}
