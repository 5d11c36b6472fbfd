using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NodaTime;

namespace Recouvrement.Scheduling;

/// <summary>What a collection run did: counts and amounts per step, reason and segment, problems, and the portfolio's aging.</summary>
/// <remarks>This type is immutable and thread-safe; build it with <see cref="RunTally"/>.</remarks>
public sealed class RunSummary
{
    internal RunSummary(LocalDate runDate, int entries, int problems, RunCount[] bySteps, RunCount[] byReason, RunCount[] bySegment, RunCount[] byCause, RunAging[] aging)
    {
        RunDate = runDate;
        Entries = entries;
        Problems = problems;
        ByStep = bySteps;
        ByReason = byReason;
        BySegment = bySegment;
        ByCause = byCause;
        Aging = aging;
    }

    /// <summary>Gets the run date.</summary>
    public LocalDate RunDate { get; }

    /// <summary>Gets the number of portfolio entries read.</summary>
    public int Entries { get; }

    /// <summary>Gets the number of entries rejected (see <see cref="RunActionKind.Problem"/>).</summary>
    public int Problems { get; }

    /// <summary>Gets the actions per step (or task, or posting), by key then currency.</summary>
    public IReadOnlyList<RunCount> ByStep { get; }

    /// <summary>Gets the actions per primary unpaid reason.</summary>
    public IReadOnlyList<RunCount> ByReason { get; }

    /// <summary>Gets the actions per segment (the ladder followed).</summary>
    public IReadOnlyList<RunCount> BySegment { get; }

    /// <summary>
    /// Gets why cases got no step: holds by kind, steps passed over by cause, invoices whose reference rate is not known
    /// yet (<see cref="RunActionKind.CaseHeld"/>, <see cref="RunActionKind.StepSkipped"/>, <see cref="RunActionKind.RatesUnknown"/>).
    /// </summary>
    public IReadOnlyList<RunCount> ByCause { get; }

    /// <summary>Gets the aging of the whole portfolio, one per currency.</summary>
    public IReadOnlyList<RunAging> Aging { get; }

    /// <summary>Renders the summary as text, invariant culture.</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString()
    {
        var text = new StringBuilder()
            .Append("Collection run of ").Append(RunDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))
            .Append(": ").Append(Entries).Append(" entries, ").Append(Problems).AppendLine(" rejected");
        Section(text, "By step", ByStep);
        Section(text, "By reason", ByReason);
        Section(text, "By segment", BySegment);
        Section(text, "Held or skipped, by cause", ByCause);
        foreach (var aging in Aging)
        {
            text.Append("Aging (").Append(aging.Total.Currency.Code).AppendLine(")");
            for (var i = 0; i < aging.Labels.Count; i++)
            {
                text.Append("  ").Append(aging.Labels[i].PadRight(12)).AppendLine(aging.Buckets[i].Amount.ToString("N2", CultureInfo.InvariantCulture).PadLeft(18));
            }

            text.Append("  ").Append("Total".PadRight(12)).AppendLine(aging.Total.Amount.ToString("N2", CultureInfo.InvariantCulture).PadLeft(18));
        }

        return text.ToString().TrimEnd();
    }

    private static void Section(StringBuilder text, string title, IReadOnlyList<RunCount> counts)
    {
        text.AppendLine(title);
        foreach (var count in counts)
        {
            text.Append("  ").Append(count.Key.PadRight(40)).Append(count.Count.ToString(CultureInfo.InvariantCulture).PadLeft(8))
                .Append(count.Amount.Amount.ToString("N2", CultureInfo.InvariantCulture).PadLeft(18)).Append(' ').AppendLine(count.Amount.Currency.Code);
        }
    }
}
