using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.Result;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Internal;

namespace Recouvrement.Scheduling;

/// <summary>Applying what a run proposed: the host's daily loop is run, apply, store.</summary>
public sealed partial record PortfolioEntry
{
    /// <summary>
    /// Applies a run's actions for this entry, as done on their run date: each case action becomes its event on the case
    /// (chained: several actions on one case give one case with all their events), each posting a charge on the account.
    /// Informational actions, problems and unknown rates record nothing. An action already applied — its
    /// <see cref="RunAction.Key"/> is the reference of an event or the identifier of an entry — is passed over, so applying
    /// the same actions twice changes nothing.
    /// </summary>
    /// <param name="actions">The run's actions for this entry, in the run's order; not kept.</param>
    /// <returns>
    /// What to store, or an invalid result naming each action that does not fit: another debtor's, another case's, run
    /// before an event the case already holds or before an earlier action, or an event the case refuses.
    /// </returns>
    public Result<EntryUpdate> Apply(IEnumerable<RunAction?>? actions)
    {
        var problems = new ValidationErrors();
        var cases = Cases ?? [];
        var changed = new List<(CollectionCase Case, List<CaseEvent> Events)>();
        var charges = new List<Charge>();
        var events = new List<RecordedEvent>();
        var lastRun = (LocalDate?)null;
        var index = -1;
        foreach (var action in actions ?? [])
        {
            var field = $"actions[{++index}]";
            if (action is null)
            {
                problems.Add(field, null, "must be given", ErrorCodes.Required);
                continue;
            }

            var key = action.Key;
            if (action.DebtorId != Account.Debtor.Id)
            {
                problems.Add(field, key, $"belongs to another debtor than {Account.Debtor.Id}", ErrorCodes.Conflict);
                continue;
            }

            if (action.RunDate < lastRun)
            {
                problems.Add(field, key, FormattableString.Invariant($"was run before the action ahead of it ({lastRun:uuuu-MM-dd}): apply the runs in date order"), ErrorCodes.OutOfRange);
                continue;
            }

            lastRun = action.RunDate;
            if (action.CaseAction is { } caseAction && action.Kind == RunActionKind.Case)
            {
                var target = Target(action, cases, changed, field, problems);
                if (target >= 0 && !Holds(changed[target], key))
                {
                    var (collectionCase, added) = changed[target];
                    var last = added.Count > 0 ? added[added.Count - 1].Date : LastEventDate(collectionCase);
                    if (action.RunDate < last)
                    {
                        problems.Add(field, key, FormattableString.Invariant($"was run before the case's event of {last:uuuu-MM-dd}: apply the runs in date order"), ErrorCodes.OutOfRange);
                        continue;
                    }

                    foreach (var done in caseAction.ToEvents(action.RunDate))
                    {
                        var recorded = done with { Reference = key };
                        added.Add(recorded);
                        events.Add(new RecordedEvent(collectionCase.Id, recorded));
                    }
                }
            }
            else if (Posted(action) is { } kind && !HasEntry(key, charges))
            {
                charges.Add(new Charge(key, action.RunDate, action.RunDate, action.Amount, kind) { InvoiceId = action.ItemId });
            }
        }

        return problems.HasErrors ? problems.ToResult<EntryUpdate>(() => null!) : Update(changed, events, charges);
    }

    /// <summary>The charge a posting becomes; none for the other kinds.</summary>
    private static ChargeKind? Posted(RunAction action)
        => action.Kind == RunActionKind.PostInterest ? ChargeKind.Interest
            : action.Kind == RunActionKind.PostCompensation || action.Kind == RunActionKind.PostFee || action.Kind == RunActionKind.PostCollectionCosts ? ChargeKind.Fee
            : null;

    /// <summary>Whether the event of <paramref name="key"/> is on the case already.</summary>
    private static bool Holds((CollectionCase Case, List<CaseEvent> Events) target, string key)
    {
        var recorded = target.Case.Events;
        for (var i = 0; i < recorded.Count; i++)
        {
            if (recorded[i].Reference == key)
            {
                return true;
            }
        }

        foreach (var e in target.Events)
        {
            if (e.Reference == key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The index in <paramref name="changed"/> of the entry's case the action is for — the case the run opened when the
    /// entry had none —, or -1 after naming the problem.
    /// </summary>
    private int Target(RunAction action, IReadOnlyList<CollectionCase> cases, List<(CollectionCase Case, List<CaseEvent> Events)> changed, string field, ValidationErrors problems)
    {
        var id = action.Case?.Id;
        for (var i = 0; i < changed.Count; i++)
        {
            if (changed[i].Case.Id == id)
            {
                return i;
            }
        }

        var current = cases.Count == 0 && action.Case?.DebtorId == Account.Debtor.Id ? action.Case : null;
        for (var i = 0; i < cases.Count && current is null; i++)
        {
            current = cases[i]?.Id == id ? cases[i] : null;
        }
        if (current is null)
        {
            problems.Add(field, action.Key, id is null ? "has no case" : $"is for case {id}, which is not one of the entry's cases", ErrorCodes.Conflict);
            return -1;
        }

        changed.Add((current, []));
        return changed.Count - 1;
    }

    private static LocalDate LastEventDate(CollectionCase collectionCase)
    {
        var events = collectionCase.Events;
        return events.Count > 0 ? events[events.Count - 1].Date : collectionCase.OpenedOn;
    }

    private bool HasEntry(string key, List<Charge> charges)
    {
        var entries = Account.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Id == key)
            {
                return true;
            }
        }

        foreach (var charge in charges)
        {
            if (charge.Id == key)
            {
                return true;
            }
        }

        return false;
    }

    private Result<EntryUpdate> Update(List<(CollectionCase Case, List<CaseEvent> Events)> changed, List<RecordedEvent> events, List<Charge> charges)
    {
        var problems = new ValidationErrors();
        var updated = new List<CollectionCase>();
        foreach (var (collectionCase, added) in changed)
        {
            if (added.Count == 0)
            {
                continue;
            }

            var recorded = collectionCase.Record(added);
            if (recorded.IsSuccess)
            {
                updated.Add(recorded.Value);
                continue;
            }

            problems.AddScoped($"case {collectionCase.Id}", recorded.ValidationErrors);
        }

        var account = charges.Count == 0 ? Result<Account>.Success(Account) : Account.Create(Account.Debtor, Account.Entries.Concat(charges), Account.AllocationStrategy);
        problems.AddScoped("charges", account.ValidationErrors);

        if (problems.HasErrors)
        {
            return problems.ToResult<EntryUpdate>(() => null!);
        }

        IReadOnlyList<CollectionCase> cases = Cases ?? [];
        var merged = cases.Select(c => updated.Find(u => u.Id == c?.Id) ?? c).ToList();
        merged.AddRange(updated.Where(u => !cases.Any(c => c?.Id == u.Id)));
        var entry = updated.Count == 0 && charges.Count == 0 ? this : this with { Account = account.Value, Cases = merged };
        return Result<EntryUpdate>.Success(new EntryUpdate(entry, updated, events, charges));
    }
}
