using Recouvrement.Cases;
using Recouvrement.Communication;
using Recouvrement.Escalation;
using static Recouvrement.Domain.Tests.AccountFixtures;
using static Recouvrement.Domain.Tests.CaseFixtures;

namespace Recouvrement.Domain.Tests;

/// <summary>A step's minimum as a share of the open balance (the ERPs' minimum dunning percentage).</summary>
public class MinimumPercentTests
{
    private static EscalationLadder LadderWith(decimal percent) => Valid(EscalationLadder.Builder("Percent", "FR")
        .Remind("First reminder", 1, StepChannel.Email, Tone.Courteous, "r1", s => s with { MinimumOverduePercent = percent })
        .ProposeWriteOff("Write-off", 60, "w")
        .Build());

    [Fact]
    public void A_small_late_invoice_beside_a_large_balance_not_yet_due_waits()
    {
        // On 1 March, 1,000 late of 4,250.25 open: 23.5 %.
        var below = Decide(Case(), D(3, 1), ladder: LadderWith(25m));
        var skipped = Assert.Single(below.Skipped);
        Assert.Equal((SkipCause.BelowStepMinimum, "1000.00 EUR < 25 % of 4250.25 EUR"), (skipped.Cause, skipped.Detail));
        Assert.Empty(below.Actions);

        Assert.Equal("First reminder", Assert.Single(Decide(Case(), D(3, 1), ladder: LadderWith(23.5m)).Actions).Step!.Name);
    }

    [Fact]
    public void A_percentage_is_above_zero_at_most_a_hundred_and_never_on_a_step_that_ends_the_ladder()
    {
        var result = EscalationLadder.Builder("Bad", "FR")
            .Remind("Zero", 1, StepChannel.Email, Tone.Courteous, "z", s => s with { MinimumOverduePercent = 0m })
            .Remind("Too much", 2, StepChannel.Email, Tone.Courteous, "t", s => s with { MinimumOverduePercent = 100.5m })
            .FileInCourt("Court", 30, "c", s => s with { MinimumOverduePercent = 10m })
            .Build();
        Assert.Equal(
            ["steps[0].MinimumOverduePercent", "steps[1].MinimumOverduePercent", "steps[2].MinimumOverduePercent"],
            result.ValidationErrors.Select(e => e.Identifier).Where(i => i.EndsWith("Percent", StringComparison.Ordinal)));
    }
}
