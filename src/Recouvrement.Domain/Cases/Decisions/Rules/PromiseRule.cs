namespace Recouvrement.Cases;

/// <summary>
/// A promise to pay holds the ladder until its date plus <see cref="CasePolicy.PromiseGraceDays"/>
/// (<see cref="HoldKind.Promise"/>); a broken promise makes the next step due the day after.
/// </summary>
internal sealed class PromiseRule() : CaseRule("promise")
{
    public override void Apply(CaseDecisionContext context)
    {
        if (context.IsPaused || context.PursuedCount == 0 || context.History.Promise is not { } promise)
        {
            return;
        }

        var end = promise.PromisedDate.PlusDays(context.Policy.PromiseGraceDays);
        if (context.AsOf <= end)
        {
            context.Hold(new CaseHold(HoldKind.Promise, end) { Amount = promise.Amount });
        }
        else
        {
            context.EscalateFrom(end.PlusDays(1), brokenPromise: true);
        }
    }
}
