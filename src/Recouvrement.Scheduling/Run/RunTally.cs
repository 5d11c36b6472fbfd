using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Recouvrement.Accounts;

namespace Recouvrement.Scheduling;

/// <summary>
/// Adds up a collection run as its actions stream out; <see cref="ToSummary"/> gives the <see cref="RunSummary"/>. It keeps
/// one counter per key and one aging row per currency, whatever the portfolio's size.
/// </summary>
/// <remarks>A tally belongs to one run and is not thread-safe; the run feeds it from one thread.</remarks>
public sealed class RunTally
{
    private readonly Dictionary<(string Key, Currency Currency), (int Count, decimal Amount)> bySteps = [];
    private readonly Dictionary<(string Key, Currency Currency), (int Count, decimal Amount)> byReason = [];
    private readonly Dictionary<(string Key, Currency Currency), (int Count, decimal Amount)> bySegment = [];
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
            [.. aging.OrderBy(a => a.Key.Code, StringComparer.Ordinal).Select(a => new RunAging(buckets.Labels, [.. a.Value.Select(v => new Money(v, a.Key))], new Money(a.Value.Sum(), a.Key)))]);

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

        foreach (var item in statement.Items)
        {
            amounts[buckets.IndexOf(item.DaysPastDue)] += item.Open.Amount;
        }
    }

    internal void Add(RunAction action)
    {
        if (action.Kind == RunActionKind.Problem)
        {
            problems++;
            return;
        }

        var key = action.CaseAction is { } caseAction ? caseAction.Step?.Name ?? caseAction.Kind.Label : action.Kind.Label;
        Count(bySteps, key, action.Amount);
        Count(byReason, action.Reason?.Label ?? "not classified", action.Amount);
        Count(bySegment, action.Segment ?? "none", action.Amount);
    }

    private static void Count(Dictionary<(string, Currency), (int Count, decimal Amount)> counts, string key, Money amount)
    {
        counts.TryGetValue((key, amount.Currency), out var current);
        counts[(key, amount.Currency)] = (current.Count + 1, current.Amount + amount.Amount);
    }

    private static RunCount[] Rows(Dictionary<(string Key, Currency Currency), (int Count, decimal Amount)> counts)
        => [.. counts.OrderBy(c => c.Key.Key, StringComparer.Ordinal).ThenBy(c => c.Key.Currency.Code, StringComparer.Ordinal)
            .Select(c => new RunCount(c.Key.Key, c.Value.Count, new Money(c.Value.Amount, c.Key.Currency)))];
}
