using System.Globalization;
using Recouvrement.Communication;
using Recouvrement.Escalation;
using Snapshooter;
using Snapshooter.Xunit;

namespace Recouvrement.Domain.Tests;

/// <summary>Every shipped ladder as a collector reads it, in English and French, and the refusals of a ladder's builder.</summary>
public class LadderWordingTests
{
    public static TheoryData<string> Shipped => new(typeof(EscalationLadders).GetProperties().Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Shipped))]
    public void A_shipped_ladder_reads_in_english_and_french(string name)
    {
        var ladder = (EscalationLadder)typeof(EscalationLadders).GetProperty(name)!.GetValue(null)!;

        Snapshot.Match(ladder.Describe(CultureInfo.InvariantCulture) + "\n\n" + ladder.Describe(new CultureInfo("fr-FR")), SnapshotNameExtension.Create(name));
    }

    [Fact]
    public void Grace_days_steps_before_the_due_date_and_after_the_previous_one_read_in_both_languages()
    {
        var ladder = EscalationLadder.Builder("Timed", "FR")
            .WithGraceDays(3)
            .Remind("Before", -5, StepChannel.Email, Tone.Courteous, "before")
            .Remind("After", 7, StepChannel.Sms, Tone.Courteous, "after", s => s with { AfterPreviousStep = true })
            .FormalNotice("Notice", 30, "notice", s => s with { ResponseDays = 15 })
            .ProposeWriteOff("Write-off", 60, "wo")
            .Build().Value;

        Snapshot.Match(ladder.Describe(CultureInfo.InvariantCulture) + "\n\n" + ladder.Describe(new CultureInfo("fr-FR")));
    }

    [Fact]
    public void A_ladder_without_name_country_or_steps_names_each_problem()
    {
        var result = EscalationLadder.Builder(" ", "FRA").WithGraceDays(-1).Build();

        Assert.Equal(
            [
                "required name = \" \": must not be blank",
                "format country = \"FRA\": must be an ISO 3166 alpha-2 code (\"FR\")",
                "required steps = 0: must hold at least one step",
                "out-of-range GraceDays = -1: must be zero or more",
            ],
            result.ValidationErrors.Select(e => $"{e.ErrorCode} {e.ErrorMessage}"));
    }

    [Fact]
    public void Steps_out_of_order_or_badly_set_are_named_with_their_field()
    {
        var result = EscalationLadder.Builder("Bad", "GB")
            .FormalNotice("Notice", 10, "notice", s => s with { ResponseDays = 0 })
            .Remind("Reminder", 20, StepChannel.Email, Tone.Courteous, "r", s => s with { MinimumGapDays = -1 })
            .Remind("Reminder", 25, StepChannel.Email, Tone.Courteous, "r2", s => s with { AfterPreviousStep = true, DaysAfterDue = 0 })
            .Remind("Amounts", 40, StepChannel.Email, Tone.Firm, "a", s => s with { MinimumOverdue = new Money(100m, Currency.GBP), MaximumOverdue = new Money(99.99m, Currency.GBP) })
            .Remind("Currencies", 50, StepChannel.Email, Tone.Firm, "c", s => s with { MinimumOverdue = new Money(1m, Currency.GBP), MaximumOverdue = new Money(100m, Currency.EUR) })
            .Remind("Share", 60, StepChannel.Email, Tone.Firm, "s", s => s with { MinimumOverduePercent = 100.01m })
            .Remind("Nothing", 70, StepChannel.Email, Tone.Firm, "n", s => s with { MinimumOverduePercent = 0m })
            .Remind("Close", 70, StepChannel.Email, Tone.Firm, "close")
            .FileInCourt("Court", 90, "court", s => s with { MinimumOverduePercent = 50m })
            .Build();

        Snapshot.Match(string.Join("\n", result.ValidationErrors.Select(e => $"{e.ErrorCode} {e.Identifier}: {e.ErrorMessage}")));
    }

    [Fact]
    public void A_write_off_or_court_needs_what_comes_before_it()
    {
        var writeOff = EscalationLadder.Builder("W", "GB").ProposeWriteOff("Write-off", 10, "wo").Build();
        var court = EscalationLadder.Builder("C", "GB").Remind("R", 5, StepChannel.Email, Tone.Courteous, "r").FileInCourt("Court", 10, "court").Build();

        Assert.Equal("conflict steps[0].Kind = WriteOff: a write-off proposal follows at least one reminder", string.Join("\n", writeOff.ValidationErrors.Select(e => $"{e.ErrorCode} {e.ErrorMessage}")));
        Assert.Equal("conflict steps[1].Kind = Court: a court filing follows a formal notice", string.Join("\n", court.ValidationErrors.Select(e => $"{e.ErrorCode} {e.ErrorMessage}")));
    }

    [Fact]
    public void A_share_of_the_balance_from_just_above_0_to_100_is_accepted()
    {
        var ladder = EscalationLadder.Builder("Shares", "GB")
            .Remind("Tiny", 5, StepChannel.Email, Tone.Courteous, "t", s => s with { MinimumOverduePercent = 0.01m })
            .Remind("Whole", 10, StepChannel.Email, Tone.Courteous, "w", s => s with { MinimumOverduePercent = 100m })
            .Remind("Equal", 11, StepChannel.Email, Tone.Courteous, "e", s => s with { MinimumOverdue = new Money(5m, Currency.GBP), MaximumOverdue = new Money(5m, Currency.GBP) })
            .ProposeWriteOff("Write-off", 60, "wo")
            .Build();

        Assert.True(ladder.IsSuccess, string.Join("\n", ladder.ValidationErrors.Select(e => e.ErrorMessage)));
    }
}
