using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Escalation;

namespace Recouvrement.Domain.Tests;

/// <summary>
/// Runs a case day by day as a host would: the day's scripted events first (refused ones are dropped), then the
/// decision, then every action it asks for is done and recorded. Checks on each decision go through <c>inspect</c>.
/// </summary>
internal static class CaseSimulation
{
    internal static (CollectionCase Case, List<CaseDecision> Decisions) Run(
        CollectionCase start, Account account, EscalationLadder ladder, int days, Func<LocalDate, IEnumerable<CaseEvent>> script, Action<CollectionCase, CaseDecision>? inspect = null, CaseDecider? decider = null)
    {
        var current = start;
        var decisions = new List<CaseDecision>();
        for (var day = start.OpenedOn; day <= start.OpenedOn.PlusDays(days); day = day.PlusDays(1))
        {
            foreach (var e in script(day))
            {
                var recorded = current.Record(e);
                current = recorded.IsSuccess ? recorded.Value : current;
            }

            var decision = (decider ?? CaseDecider.Default).Decide(current, account.AsOf(day), ladder).Value;
            inspect?.Invoke(current, decision);
            decisions.Add(decision);
            foreach (var action in decision.Actions)
            {
                if (action.ToEvent(day) is { } done)
                {
                    current = current.Record(done).Value;
                }
            }
        }

        return (current, decisions);
    }
}
