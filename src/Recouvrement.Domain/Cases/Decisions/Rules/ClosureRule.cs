namespace Recouvrement.Cases;

/// <summary>
/// A closed case waits for nothing but its survey (<see cref="HoldKind.Closed"/>); a case with nothing left open, and no
/// insolvency proceedings, is proposed for closing.
/// </summary>
internal sealed class ClosureRule() : CaseRule("closure")
{
    public override void Apply(CaseDecisionContext context)
    {
        if (context.History.Closed is { } closed)
        {
            context.Hold(new CaseHold(HoldKind.Closed, null) { Detail = closed.Outcome.Label, Rule = Name });
        }
        else if (context.Insolvency is null && context.PursuedCount + context.DisputedCount == 0)
        {
            context.Add(new CaseAction(CaseActionKind.CloseCase, context.AsOf, Money.Zero(context.Statement.Currency)) { Rule = Name });
        }
    }
}
