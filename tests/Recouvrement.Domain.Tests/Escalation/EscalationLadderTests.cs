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
        Assert.All(ladder.Steps.Where(s => s.Kind is StepKind.Agency or StepKind.Court or StepKind.WriteOff), s => Assert.True(s.RequiresApproval));
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Shipped_ladders_end_every_amount_with_the_courts_or_a_write_off_proposal(string name)
    {
        // Rebuilt step by step, a shipped ladder passes the builder's dead-end check; its last step takes any amount.
        var ladder = ShippedLadder(name);
        var builder = EscalationLadder.Builder(ladder.Name, ladder.Country);
        foreach (var step in ladder.Steps)
        {
            builder.Add(step);
        }

        Assert.True(builder.Build().IsSuccess);
        Assert.True(ladder.Steps[^1] is { IsTerminal: true, MinimumOverdue: null, MaximumOverdue: null });
    }

    [Fact]
    public void A_ladder_that_leaves_some_amounts_without_a_last_step_is_refused()
    {
        // A 3,000 EUR debt with the agency would never reach the court: the court takes 5,000 and more.
        var result = EscalationLadder.Builder("Dead end", "FR")
            .Remind("Reminder", 1, StepChannel.Email, Tone.Courteous, "r")
            .FormalNotice("Notice", 30, "n")
            .HandToAgency("Agency", 45, "a", s => s with { MinimumOverdue = new Money(500m, Currency.EUR) })
            .ProposeWriteOff("Write-off", 50, "w", s => s with { MaximumOverdue = new Money(100m, Currency.EUR), DebtorKinds = [DebtorKind.Consumer] })
            .FileInCourt("Court", 75, "c", s => s with { MinimumOverdue = new Money(5_000m, Currency.EUR) })
            .Build();

        Assert.Equal(
            [
                "steps = \"Consumer, from 100.01 EUR to 4999.99 EUR\": reaches no court filing or write-off proposal: end the ladder with one for these amounts (a debtor must never be left without a next step)",
                "steps = \"Business, from 0.01 EUR to 4999.99 EUR\": reaches no court filing or write-off proposal: end the ladder with one for these amounts (a debtor must never be left without a next step)",
                "steps = \"PublicAuthority, from 0.01 EUR to 4999.99 EUR\": reaches no court filing or write-off proposal: end the ladder with one for these amounts (a debtor must never be left without a next step)",
            ],
            result.ValidationErrors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void A_ladder_keeps_its_amounts_in_one_currency_and_its_bounds_in_order()
    {
        var result = EscalationLadder.Builder("Mixed", "GB")
            .Remind("Reminder", 1, StepChannel.Email, Tone.Courteous, "r")
            .FormalNotice("Notice", 30, "n")
            .HandToAgency("Agency", 45, "a", s => s with { MinimumOverdue = new Money(500m, Currency.GBP), MaximumOverdue = new Money(400m, Currency.GBP) })
            .FileInCourt("Court", 75, "c", s => s with { MinimumOverdue = new Money(5_000m, Currency.EUR) })
            .Build();

        Assert.Equal(["steps[2].MaximumOverdue"], result.ValidationErrors.Select(e => e.Identifier));

        var currencies = EscalationLadder.Builder("Mixed", "GB")
            .Remind("Reminder", 1, StepChannel.Email, Tone.Courteous, "r")
            .FormalNotice("Notice", 30, "n")
            .HandToAgency("Agency", 45, "a", s => s with { MinimumOverdue = new Money(500m, Currency.GBP) })
            .FileInCourt("Court", 75, "c", s => s with { MinimumOverdue = new Money(5_000m, Currency.EUR) })
            .Build();
        Assert.Equal(["steps[3].MinimumOverdue"], currencies.ValidationErrors.Select(e => e.Identifier));
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
            .ProposeWriteOff("Write-off", 30, "w")
            .Build();
        var germany = EscalationLadder.Builder("Mahngebühr", "DE")
            .Remind("Mahnung", 14, StepChannel.Letter, Tone.Firm, "mahnung", s => s with { Fee = new Money(5m, Currency.EUR) })
            .FormalNotice("Letzte Mahnung", 28, "letzte-mahnung")
            .FileInCourt("Mahnverfahren", 42, "mahnbescheid")
            .Build();

        Assert.True(business.IsSuccess);
        Assert.True(germany.IsSuccess);
    }

    [Fact]
    public void Steps_may_count_from_the_previous_one()
    {
        var ladder = EscalationLadder.Builder("Relative", "FR")
            .Remind("Reminder", 1, StepChannel.Email, Tone.Courteous, "r")
            .FormalNotice("Notice", 20, "n")
            .FileInCourt("Court", 15, "c", s => s with { AfterPreviousStep = true })
            .Build().Value;
        Assert.Equal((true, 15), (ladder.Steps[2].AfterPreviousStep, ladder.Steps[2].DaysAfterDue));
        Assert.False(EscalationLadder.Builder("Too close", "FR")
            .Remind("Reminder", 1, StepChannel.Email, Tone.Courteous, "r")
            .FormalNotice("Notice", 20, "n")
            .FileInCourt("Court", 15, "c", s => s with { AfterPreviousStep = true, MinimumGapDays = 16 })
            .Build().IsSuccess);
    }

    [Fact]
    public void A_ladder_reads_in_english_and_french()
        => Snapshot.Match(EscalationLadders.BusinessStandard.Describe(CultureInfo.InvariantCulture) + "\n\n" + EscalationLadders.BusinessStandard.Describe(new CultureInfo("fr-FR")));
}
