using System.Globalization;
using Recouvrement.Cases;
using Recouvrement.Scheduling;

namespace Recouvrement.Cli.Output;

/// <summary>The run report for a person: the day's actions as a table, then the explanations.</summary>
internal static class TextReport
{
    internal static void Write(RunReport report, TextWriter writer, int details, CultureInfo culture)
    {
        writer.WriteLine($"Recouvrement — collection run over \"{report.Portfolio}\" ({report.Accounts} accounts) as of {report.AsOf:yyyy-MM-dd}");
        writer.WriteLine();
        var actions = report.Actions.Where(a => !a.Kind.IsInformational).ToList();
        writer.WriteLine($"The day's actions ({actions.Count})");
        var table = new TextTable("Debtor", "Action", "Items", " Amount", "Channel", "Not before", "Reason");
        foreach (var action in actions)
        {
            table.Add(
                action.DebtorId,
                What(action, culture),
                action.CaseAction is { ItemIds.Count: > 0 } ca ? string.Join(", ", ca.ItemIds) : action.ItemId,
                action.Amount.ToString(),
                action.CaseAction?.Channel?.Name,
                action.NotBefore?.ToString("uuuu-MM-dd HH:mm x", CultureInfo.InvariantCulture),
                action.Reason?.Name);
        }

        table.WriteTo(writer);

        // What a collector asks first about a quiet account: why nothing goes out today.
        var waiting = report.Actions.Where(a => a.Kind.IsInformational).ToList();
        writer.WriteLine();
        writer.WriteLine($"Held or skipped, for information ({waiting.Count})");
        foreach (var action in waiting)
        {
            writer.WriteLine($"  {action.Describe(culture)}");
        }

        writer.WriteLine();
        writer.WriteLine($"Late-payment penalties: {report.Penalties.Count} breakdowns behind the interest to post{Shown(report.Penalties.Count, details)}");
        foreach (var (debtorId, breakdown) in report.Penalties.Take(details))
        {
            writer.WriteLine();
            writer.WriteLine($"{debtorId}, {breakdown.Invoice.Id}:");
            writer.WriteLine(breakdown.Describe(culture));
        }

        writer.WriteLine();
        writer.WriteLine($"Payment plans for debtors in hardship ({report.Plans.Count}){Shown(report.Plans.Count, details)}");
        foreach (var hardship in report.Plans.Take(details))
        {
            writer.WriteLine();
            writer.WriteLine($"{hardship.DebtorId} {hardship.DebtorName} — {hardship.Reason.Label}, overdue {hardship.Overdue}, can pay {hardship.Capacity} a month:");
            foreach (var proposal in hardship.Proposals)
            {
                var plan = proposal.Plan;
                var instalments = string.Join(" + ", plan.Instalments.GroupBy(i => i.Amount).Select(g => $"{g.Count()} × {g.Key}"));
                writer.WriteLine($"  #{proposal.Rank} {proposal.Kind}: {instalments}, {plan.Instalments[0].DueDate:yyyy-MM-dd} to {plan.LastDueDate:yyyy-MM-dd}{(proposal.WithinCapacity ? string.Empty : " (above the declared capacity)")}");
            }
        }

        foreach (var aging in report.Aging)
        {
            writer.WriteLine();
            writer.WriteLine($"Aging (balance âgée), {aging.Currency.Code}");
            writer.WriteLine(aging);
        }

        foreach (var reasons in report.Reasons)
        {
            writer.WriteLine();
            writer.WriteLine($"Why the portfolio is unpaid, {reasons.Total.Currency.Code}");
            writer.WriteLine(reasons.Describe(culture));
        }

        writer.WriteLine();
        writer.WriteLine(report.Summary);
    }

    /// <summary>The step's name for a step to take; what is asked otherwise (a review names the step it follows).</summary>
    private static string What(RunAction action, CultureInfo culture)
        => action.CaseAction is { } ca ? (ca.Kind == CaseActionKind.TakeStep ? ca.Step?.Name : null) ?? ca.Kind.Label
            : action.Problem is { } problem ? $"{action.Kind.Label}: {problem}"
            : action.Kind.Label;

    private static string Shown(int count, int details) => count > details ? $", the first {details} shown (--details N for more)" : string.Empty;
}
