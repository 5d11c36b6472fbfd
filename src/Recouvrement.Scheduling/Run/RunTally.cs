using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Internal;

namespace Recouvrement.Scheduling;

/// <summary>
/// Adds up a collection run as its actions stream out; <see cref="ToSummary"/> gives the <see cref="RunSummary"/>. It keeps
/// one counter per key and one aging row per currency, whatever the portfolio's size.
/// </summary>
/// <remarks>
/// A tally belongs to one run and is not thread-safe. The run adds each batch of entries as it works it out, before
/// yielding its actions; on several threads, each thread adds up its share apart and the run adds the shares in.
/// </remarks>
public sealed class RunTally
{
    private const string NotClassified = "not classified";
    private const string NoSegment = "none";

    // Keyed by the very step, reason or ladder-name instances the actions carry: no string hashing per action. Equal
    // labels of distinct instances merge when the summary is made.
    private readonly Dictionary<(object Key, Currency Currency), Counter> bySteps = new(ByReference.Instance);
    private readonly Dictionary<(object Key, Currency Currency), Counter> byReason = new(ByReference.Instance);
    private readonly Dictionary<(object Key, Currency Currency), Counter> bySegment = new(ByReference.Instance);
    private readonly Dictionary<(object Key, Currency Currency), Counter> byCause = new(ByReference.Instance);
    private readonly Dictionary<Currency, decimal[]> aging = [];
    private AgingBuckets buckets = AgingBuckets.Default;
    private LocalDate runDate;
    private int entries;
    private int problems;

    /// <summary>Gives the summary of what was tallied so far.</summary>
    /// <returns>The summary.</returns>
    public RunSummary ToSummary()
        => new(
            runDate,
            entries,
            problems,
            Rows(bySteps),
            Rows(byReason),
            Rows(bySegment),
            Rows(byCause),
            [.. aging.OrderBy(a => a.Key.Code, StringComparer.Ordinal).Select(a => new RunAging(buckets.Labels, ValueList.Of(a.Value.Select(v => new Money(v, a.Key))), new Money(a.Value.Sum(), a.Key)))]);

    internal void Start(LocalDate date, AgingBuckets columns) => (runDate, buckets) = (date, columns);

    internal void Entry(AccountStatement? statement)
    {
        entries++;
        if (statement is null)
        {
            return;
        }

        if (!aging.TryGetValue(statement.Currency, out var amounts))
        {
            aging.Add(statement.Currency, amounts = new decimal[buckets.Count]);
        }

        for (var i = 0; i < statement.ItemArray.Length; i++)
        {
            var item = statement.ItemArray[i];
            amounts[buckets.IndexOf(item.DaysPastDue)] += item.Open.Amount;
        }
    }

    /// <summary>Adds an entry: its statement's aging and each of its actions.</summary>
    internal void Entry(AccountStatement? statement, List<RunAction> actions)
    {
        Entry(statement);
        for (var i = 0; i < actions.Count; i++)
        {
            Add(actions[i]);
        }
    }

    /// <summary>An empty tally of the same run, for one thread's share of a batch.</summary>
    internal RunTally Share() => new() { runDate = runDate, buckets = buckets };

    /// <summary>Adds a <see cref="Share"/> in, and empties it for the next batch.</summary>
    internal void AddShare(RunTally share)
    {
        (entries, problems) = (entries + share.entries, problems + share.problems);
        AddCounts(bySteps, share.bySteps);
        AddCounts(byReason, share.byReason);
        AddCounts(bySegment, share.bySegment);
        AddCounts(byCause, share.byCause);
        foreach (var row in share.aging)
        {
            if (!aging.TryGetValue(row.Key, out var amounts))
            {
                aging.Add(row.Key, amounts = new decimal[buckets.Count]);
            }

            for (var i = 0; i < amounts.Length; i++)
            {
                amounts[i] += row.Value[i];
            }
        }

        (share.entries, share.problems) = (0, 0);
        share.aging.Clear();
    }

    private static void AddCounts(Dictionary<(object Key, Currency Currency), Counter> counts, Dictionary<(object Key, Currency Currency), Counter> share)
    {
        foreach (var count in share)
        {
            if (!counts.TryGetValue(count.Key, out var counter))
            {
                counts.Add(count.Key, counter = new Counter());
            }

            counter.Count += count.Value.Count;
            counter.Amount += count.Value.Amount;
        }

        share.Clear();
    }

    internal void Add(RunAction action)
    {
        if (action.Kind == RunActionKind.Problem)
        {
            problems++;
            return;
        }

        // Why a case is silent is counted apart: nothing is asked of anyone.
        if (action.Hold is not null || action.Skipped is not null || action.Kind == RunActionKind.RatesUnknown)
        {
            Count(byCause, (object?)action.Hold?.Kind ?? (object?)action.Skipped?.Cause ?? action.Kind, action.Amount);
            return;
        }

        // A step is counted by its own name; any other case action (a review, a task) by what it asks.
        object key = action.Kind == RunActionKind.Case && action.CaseAction is { } caseAction
            ? (caseAction.Kind == CaseActionKind.TakeStep ? caseAction.Step : null) ?? (object)caseAction.Kind
            : action.Kind;
        Count(bySteps, key, action.Amount);
        if (action.Kind == RunActionKind.PenaltiesHeld)
        {
            // Nothing is asked of anyone: the amounts held stay out of what the reasons and ladders pursue.
            return;
        }

        Count(byReason, (object?)action.Reason ?? NotClassified, action.Amount);
        Count(bySegment, action.Segment ?? NoSegment, action.Amount);
    }

    private static void Count(Dictionary<(object, Currency), Counter> counts, object key, Money amount)
    {
        if (!counts.TryGetValue((key, amount.Currency), out var counter))
        {
            counts.Add((key, amount.Currency), counter = new Counter());
        }

        counter.Count++;
        counter.Amount += amount.Amount;
    }

    private static RunCount[] Rows(Dictionary<(object Key, Currency Currency), Counter> counts)
        => [.. counts
            .GroupBy(c => (Label: Label(c.Key.Key), c.Key.Currency.Code))
            .OrderBy(g => g.Key.Label, StringComparer.Ordinal).ThenBy(g => g.Key.Code, StringComparer.Ordinal)
            .Select(g => new RunCount(g.Key.Label, g.Sum(c => c.Value.Count), new Money(g.Sum(c => c.Value.Amount), g.First().Key.Currency)))];

    private static string Label(object key) => key switch
    {
        Escalation.EscalationStep step => step.Name,
        CaseActionKind kind => kind.Label,
        RunActionKind kind => kind.Label,
        Reasons.UnpaidReason reason => reason.Label,
        HoldKind hold => hold.Label,
        SkipCause cause => cause.Label,
        _ => (string)key,
    };

    private sealed class Counter
    {
        internal int Count;
        internal decimal Amount;
    }

    private sealed class ByReference : IEqualityComparer<(object Key, Currency Currency)>
    {
        internal static readonly ByReference Instance = new();

        public bool Equals((object Key, Currency Currency) x, (object Key, Currency Currency) y)
            => ReferenceEquals(x.Key, y.Key) && ReferenceEquals(x.Currency, y.Currency);

        public int GetHashCode((object Key, Currency Currency) obj)
            => (RuntimeHelpers.GetHashCode(obj.Key) * 31) + RuntimeHelpers.GetHashCode(obj.Currency);
    }
}
