using Recouvrement.Communication;
using Recouvrement.Escalation;

namespace Recouvrement.Docs.Tests;

/// <summary>The samples of docs/escalation.md.</summary>
public class EscalationPage
{
    [Fact]
    public void A_first_ladder()
    {
        // begin-snippet: first-ladder
        var ladder = EscalationLadder.Builder("Business, standard", "FR")
            .Remind("First reminder", 1, StepChannel.Email, Tone.Courteous, "b2b.reminder-1")
            .Remind("Call", 10, StepChannel.CallTask, Tone.Courteous, "b2b.call")
            .FormalNotice("Formal notice", 30, "b2b.formal-notice")                  // registered letter, 8 days to respond
            .HandToAgency("Collection agency", 45, "b2b.agency", s => s with { MinimumOverdue = new Money(500m, Currency.EUR) })
            .Build();                                                                 // a Result: every problem at once
        // end-snippet

        Assert.Equal(4, ladder.Value.Steps.Count);
    }
}
