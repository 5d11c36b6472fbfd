using System.Globalization;
using Recouvrement.Cases;
using Recouvrement.Scheduling;
using Spectre.Console;

namespace Recouvrement.Cli.Output;

/// <summary>
/// The run report for a person: first what to do today, by whom, and what is at stake; then the actions by who takes
/// them, why quiet accounts are quiet, the explanations, the tally, the aging and the reasons.
/// </summary>
internal static class TextReport
{
    internal static void Write(RunReport report, CliConsole console, int details, CultureInfo culture)
        => Screen.Render(console, screen => Write(screen, report, details, culture));

    private static void Write(IAnsiConsole screen, RunReport report, int details, CultureInfo culture)
    {
        var actions = report.Actions.Where(a => !a.Kind.IsInformational && a.Kind != RunActionKind.Problem && a.Kind != RunActionKind.RatesUnknown).ToList();
        screen.Write(new Text(culture.Pick(
            $"Recouvrement — collection run over \"{report.Portfolio}\" ({report.Accounts} accounts) as of {report.AsOf:yyyy-MM-dd}",
            $"Recouvrement — relance du portefeuille « {report.Portfolio} » ({report.Accounts} comptes) au {report.AsOf:yyyy-MM-dd}"), Screen.Heading));
        screen.WriteLine();
        Summary(screen, report, actions, culture);
        foreach (var actor in new[] { Actor.Manager, Actor.Collector, Actor.System })
        {
            Actions(screen, report, [.. actions.Where(a => Actors.Of(a) == actor)], actor, culture);
        }

        Waiting(screen, report, culture);
        Penalties(screen, report, details, culture);
        Plans(screen, report, details, culture);
        Tally(screen, culture.Pick("By step: principal pursued and penalties posted", "Par étape : principal poursuivi et pénalités passées"), DayTally.ByStep(actions, culture), culture);
        Tally(screen, culture.Pick("By reason: principal pursued and penalties posted", "Par motif : principal poursuivi et pénalités passées"), DayTally.ByReason(actions, culture), culture);
        foreach (var aging in report.Aging)
        {
            Aging(screen, report, aging, culture);
        }

        foreach (var reasons in report.Reasons)
        {
            screen.Title(culture.Pick($"Why the portfolio is unpaid, {reasons.Total.Currency.Code}", $"Pourquoi le portefeuille est impayé, {reasons.Total.Currency.Code}"));
            screen.WriteLine(reasons.Describe(culture));
        }
    }

    /// <summary>The step's name for a step to take; what is asked otherwise (a review names the step it follows).</summary>
    internal static string What(RunAction action, CultureInfo culture)
        => action.CaseAction is { } ask ? (ask.Kind == CaseActionKind.TakeStep ? ask.Step?.Name : null) ?? culture.Label(ask.Kind)
            : culture.Label(action.Kind);

    /// <summary>What to do today and by whom, what is at stake per currency, and what went wrong: the first screen.</summary>
    private static void Summary(IAnsiConsole screen, RunReport report, List<RunAction> actions, CultureInfo culture)
    {
        screen.Title(culture.Pick($"Today: {actions.Count} actions", $"Aujourd'hui : {actions.Count} actions"));
        var byActor = Screen.Table(culture.Pick("Who acts", "Qui agit"), culture.Pick(" Actions", " Actions"), culture.Pick(" Principal pursued", " Principal poursuivi"), culture.Pick(" Penalties to post", " Pénalités à passer"));
        foreach (var actor in new[] { Actor.Manager, Actor.Collector, Actor.System })
        {
            foreach (var row in DayTally.ByReason(actions.Where(a => Actors.Of(a) == actor), culture).GroupBy(t => t.Principal.Currency))
            {
                byActor.AddRow(
                    Screen.Cell(culture.Label(actor), Screen.Of(actor)),
                    Screen.Cell(row.Sum(t => t.Actions).ToString(culture)),
                    Screen.Cell(Screen.Amount(new Money(row.Sum(t => t.Principal.Amount), row.Key), culture)),
                    Screen.Cell(Screen.Amount(new Money(row.Sum(t => t.Penalties.Amount), row.Key), culture)));
            }
        }

        screen.Write(byActor);
        var rejected = report.Actions.Count(a => a.Kind == RunActionKind.Problem);
        var ratesUnknown = report.Actions.Count(a => a.Kind == RunActionKind.RatesUnknown);
        var waiting = report.Actions.Count(a => a.Kind.IsInformational);
        screen.Write(new Text(
            culture.Pick($"Problems: {rejected} entries rejected, {ratesUnknown} reference rates unknown.", $"Problèmes : {rejected} entrées rejetées, {ratesUnknown} taux de référence inconnus."),
            rejected + ratesUnknown > 0 ? Screen.Problem : Style.Plain));
        screen.WriteLine();
        screen.Write(new Text(culture.Pick($"Held or skipped, for information: {waiting}.", $"En attente ou sautées, pour information : {waiting}."), Screen.Held));
        screen.WriteLine();
    }

    private static void Actions(IAnsiConsole screen, RunReport report, List<RunAction> actions, Actor actor, CultureInfo culture)
    {
        if (actions.Count == 0)
        {
            return;
        }

        screen.Title(actor switch
        {
            Actor.Manager => culture.Pick($"For a manager's approval ({actions.Count})", $"Pour accord d'un responsable ({actions.Count})"),
            Actor.Collector => culture.Pick($"For a collector ({actions.Count})", $"Pour un chargé de recouvrement ({actions.Count})"),
            _ => culture.Pick($"Done by the system ({actions.Count})", $"Faites par le système ({actions.Count})"),
        }, Screen.Of(actor));
        var table = Screen.Table(
            culture.Pick("Debtor", "Débiteur"),
            culture.Pick("Action", "Action"),
            culture.Pick("Items", "Pièces"),
            culture.Pick(" Amount", " Montant"),
            culture.Pick("Channel", "Canal"),
            culture.Pick("Not before", "Pas avant"),
            culture.Pick("Reason", "Motif"));
        foreach (var action in actions)
        {
            table.AddRow(
                Screen.Cell($"{action.DebtorId} {report.Names.GetValueOrDefault(action.DebtorId)}"),
                Screen.Cell(What(action, culture)),
                Screen.Cell(action.CaseAction is { ItemIds.Count: > 0 } ask ? string.Join(", ", ask.ItemIds) : action.ItemId),
                Screen.Cell(Screen.Amount(action.Amount, culture)),
                Screen.Cell(action.CaseAction?.Channel is { } channel ? culture.Label(channel) : null),
                Screen.Cell(action.NotBefore?.ToString("HH:mm x", CultureInfo.InvariantCulture)),
                Screen.Cell(action.Reason is { } reason ? culture.Label(reason) : null));
        }

        screen.Write(table);
    }

    /// <summary>What a collector asks first about a quiet account: why nothing goes out today.</summary>
    private static void Waiting(IAnsiConsole screen, RunReport report, CultureInfo culture)
    {
        var waiting = report.Actions.Where(a => a.Kind.IsInformational || a.Kind == RunActionKind.Problem || a.Kind == RunActionKind.RatesUnknown).ToList();
        screen.Title(culture.Pick($"Held, skipped or refused, for information ({waiting.Count})", $"En attente, sautées ou refusées, pour information ({waiting.Count})"), Screen.Held);
        foreach (var action in waiting)
        {
            screen.Write(new Text($"  {action.Describe(culture)}", action.Kind.IsInformational ? Style.Plain : Screen.Problem));
            screen.WriteLine();
        }
    }

    private static void Penalties(IAnsiConsole screen, RunReport report, int details, CultureInfo culture)
    {
        screen.Title(culture.Pick(
            $"Late-payment penalties: {report.Penalties.Count} breakdowns behind the interest to post{Shown(report.Penalties.Count, details, culture)}",
            $"Pénalités de retard : {report.Penalties.Count} décomptes derrière les intérêts à passer{Shown(report.Penalties.Count, details, culture)}"));
        foreach (var (debtorId, breakdown) in report.Penalties.Take(details))
        {
            screen.WriteLine();
            screen.WriteLine($"{debtorId} {report.Names.GetValueOrDefault(debtorId)}, {breakdown.Invoice.Id}:");
            screen.WriteLine(breakdown.Describe(culture));
        }
    }

    private static void Plans(IAnsiConsole screen, RunReport report, int details, CultureInfo culture)
    {
        screen.Title(culture.Pick(
            $"Payment plans for debtors in hardship ({report.Plans.Count}){Shown(report.Plans.Count, details, culture)}",
            $"Échéanciers pour les débiteurs en difficulté ({report.Plans.Count}){Shown(report.Plans.Count, details, culture)}"));
        foreach (var hardship in report.Plans.Take(details))
        {
            screen.WriteLine();
            screen.WriteLine(culture.Pick(
                $"{hardship.DebtorId} {hardship.DebtorName} — {culture.Label(hardship.Reason)}, overdue {Screen.Amount(hardship.Overdue, culture)}, can pay {Screen.Amount(hardship.Capacity, culture)} a month:",
                $"{hardship.DebtorId} {hardship.DebtorName} — {culture.Label(hardship.Reason)}, échu {Screen.Amount(hardship.Overdue, culture)}, peut payer {Screen.Amount(hardship.Capacity, culture)} par mois :"));
            foreach (var proposal in hardship.Proposals)
            {
                var plan = proposal.Plan;
                var instalments = string.Join(" + ", plan.Instalments.GroupBy(i => i.Amount).Select(g => $"{g.Count()} × {Screen.Amount(g.Key, culture)}"));
                var above = proposal.WithinCapacity ? string.Empty : culture.Pick(" (above the declared capacity)", " (au-delà de la capacité déclarée)");
                screen.WriteLine(culture.Pick(
                    $"  #{proposal.Rank} {culture.Label(proposal.Kind)}: {instalments}, {plan.Instalments[0].DueDate:yyyy-MM-dd} to {plan.LastDueDate:yyyy-MM-dd}{above}",
                    $"  n° {proposal.Rank} {culture.Label(proposal.Kind)} : {instalments}, du {plan.Instalments[0].DueDate:yyyy-MM-dd} au {plan.LastDueDate:yyyy-MM-dd}{above}"));
            }
        }
    }

    private static void Tally(IAnsiConsole screen, string title, IReadOnlyList<DayTally> rows, CultureInfo culture)
    {
        screen.Title(title);
        var table = Screen.Table(culture.Pick("What", "Quoi"), culture.Pick(" Actions", " Actions"), culture.Pick(" Principal pursued", " Principal poursuivi"), culture.Pick(" Penalties posted", " Pénalités passées"));
        foreach (var row in rows)
        {
            table.AddRow(Screen.Cell(row.Key), Screen.Cell(row.Actions.ToString(culture)), Screen.Cell(Screen.Amount(row.Principal, culture)), Screen.Cell(Screen.Amount(row.Penalties, culture)));
        }

        screen.Write(table);
    }

    /// <summary>The aging with each debtor's whole name; the older a non-zero amount, the warmer its colour.</summary>
    private static void Aging(IAnsiConsole screen, RunReport report, Accounts.AgingReport aging, CultureInfo culture)
    {
        screen.Title(culture.Pick($"Aging, {aging.Currency.Code}", $"Balance âgée, {aging.Currency.Code}"));
        var labels = aging.Buckets.Labels;
        var table = Screen.Table([culture.Pick("Debtor", "Débiteur"), .. labels.Select(l => " " + culture.Bucket(l)), culture.Pick(" Total", " Total")]);
        foreach (var row in aging.Rows)
        {
            table.AddRow([
                Screen.Cell($"{row.DebtorId} {row.DebtorName}"),
                .. row.Buckets.Select((b, i) => Screen.Cell(b.Amount.ToString("N2", culture), b.IsPositive ? Warmth(i, labels.Count) : Screen.System)),
                Screen.Cell(row.Total.Amount.ToString("N2", culture), Screen.Heading)]);
        }

        table.AddRow([
            Screen.Cell(culture.Pick("Total", "Total"), Screen.Heading),
            .. aging.Totals.Select(t => Screen.Cell(t.Amount.ToString("N2", culture), Screen.Heading)),
            Screen.Cell(aging.Total.Amount.ToString("N2", culture), Screen.Heading)]);
        screen.Write(table);
    }

    /// <summary>Not due and the first bucket plain, the last red, the ones between yellow.</summary>
    private static Style Warmth(int bucket, int buckets)
        => bucket == buckets - 1 ? Screen.Problem : bucket >= 2 ? Screen.Manager : Style.Plain;

    private static string Shown(int count, int details, CultureInfo culture)
        => count > details ? culture.Pick($", the first {details} shown (--details N for more)", $", les {details} premiers montrés (--details N pour plus)") : string.Empty;
}
