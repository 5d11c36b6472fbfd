namespace Recouvrement.Cases;

/// <summary>
/// A promise to pay holds the ladder until its date plus <see cref="CasePolicy.PromiseGraceDays"/>
/// (<see cref="HoldKind.Promise"/>); a broken promise makes the next step due the day after, and once a promise was
/// broken no courteous reminder goes out again (seed 003: a broken promise hardens the tone).
/// </summary>
internal sealed class PromiseRule() : CaseRule("promise")
{
    public override void Apply(CaseDecisionContext context)
    {
        var grace = context.Policy.PromiseGraceDays;
        if (context.IsPaused || context.PursuedCount == 0)
        {
            return;
        }

        if (context.History.AnyBrokenPromise(context.AsOf, grace))
        {
            context.Harden(Communication.Tone.Courteous, SkipCause.PromiseBroken);
        }

        if (context.History.Promise is not { } promise)
        {
            return;
        }

        var end = promise.PromisedDate.PlusDays(grace);
        if (context.AsOf <= end)
        {
            context.Hold(new CaseHold(HoldKind.Promise, end) { Amount = promise.Amount, Rule = Name });
        }
        else
        {
            context.EscalateFrom(end.PlusDays(1), brokenPromise: true);
        }
    }
}
