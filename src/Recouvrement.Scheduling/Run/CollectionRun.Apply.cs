using System.Collections.Generic;
using Ardalis.Result;
using Recouvrement.Internal;

namespace Recouvrement.Scheduling;

/// <summary>Applying a whole run's actions to its portfolio.</summary>
public sealed partial class CollectionRun
{
    /// <summary>
    /// Applies a whole run's actions to the portfolio it ran over, entry by entry (<see cref="PortfolioEntry.Apply"/>); for
    /// a portfolio too large to hold, apply each entry's actions as they stream out instead.
    /// </summary>
    /// <param name="portfolio">The entries the run read.</param>
    /// <param name="actions">The run's actions; problems are passed over.</param>
    /// <returns>One update per entry, in the portfolio's order, or an invalid result naming each action that does not fit,
    /// with its debtor — including actions for a debtor the portfolio does not hold.</returns>
    public static Result<IReadOnlyList<EntryUpdate>> Apply(IEnumerable<PortfolioEntry> portfolio, IEnumerable<RunAction> actions)
    {
        var byDebtor = new Dictionary<string, List<RunAction>>();
        foreach (var action in actions ?? [])
        {
            if (action is not null && action.Kind != RunActionKind.Problem)
            {
                if (!byDebtor.TryGetValue(action.DebtorId, out var list))
                {
                    byDebtor.Add(action.DebtorId, list = []);
                }

                list.Add(action);
            }
        }

        var problems = new ValidationErrors();
        var updates = new List<EntryUpdate>();
        foreach (var entry in portfolio ?? [])
        {
            if (entry?.Account is null)
            {
                continue;
            }

            var debtorId = entry.Account.Debtor.Id;
            var applied = entry.Apply(byDebtor.TryGetValue(debtorId, out var own) ? own : []);
            byDebtor.Remove(debtorId);
            if (applied.IsSuccess)
            {
                updates.Add(applied.Value);
                continue;
            }

            problems.AddScoped($"debtor {debtorId}", applied.ValidationErrors);
        }

        foreach (var debtorId in byDebtor.Keys)
        {
            problems.Add($"debtor {debtorId}", $"{byDebtor[debtorId].Count} actions", "is not in the portfolio", ErrorCodes.Conflict);
        }

        return problems.ToResult<IReadOnlyList<EntryUpdate>>(() => updates);
    }
}
