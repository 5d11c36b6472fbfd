using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Recouvrement.Cli.CommandLine;
using Recouvrement.Cli.Output;
using Recouvrement.Cli.Portfolios;
using Recouvrement.Extensions;
using Recouvrement.Scheduling;

namespace Recouvrement.Cli.Commands;

/// <summary><c>run</c>: the day's collection run over a portfolio, explained.</summary>
internal static class RunCommand
{
    private const int ProgressFrom = 1_000;

    internal static Command Create(CliConsole console)
    {
        var source = new PortfolioSource();
        var date = CliOptions.Date("date", "The run date (default: the portfolio's asOf; today for a CSV import)");
        var format = CliOptions.Format("The report");
        var language = CliOptions.Language();
        var details = CliOptions.Integer("details", "How many penalty breakdowns and plans the text shows (default 5)", n => n < 0 ? "must be zero or more" : null);
        var noProgress = CliOptions.Flag("no-progress", "No progress bar, even on a terminal");
        var apply = CliOptions.Flag("apply", "Record what the day's run did in the --portfolio file: the case events, the charges posted, the run date; run again the same day, it asks for nothing more");
        var command = new Command("run", "The day's collection run (the default command): what to do today and by whom, the penalties to post, plan proposals for debtors in hardship, the aging and the reasons for non-payment");
        foreach (var option in source.Options)
        {
            command.Options.Add(option);
        }

        command.Options.Add(date);
        command.Options.Add(format);
        command.Options.Add(language);
        command.Options.Add(details);
        command.Options.Add(noProgress);
        command.Options.Add(apply);
        command.Validators.Add(result =>
        {
            if (result.GetValue(apply) && result.GetValue(source.File) is null)
            {
                result.AddError("--apply writes back into a --portfolio file: the bundled demo and CSV imports are read only");
            }
        });
        command.SetAction(parse =>
        {
            if (source.Load(parse, console) is not { } portfolio)
            {
                return ExitCodes.InvalidInput;
            }

            // The kernel never reads the clock; the program does, once, when neither the user nor the file gives a date.
            var asOf = parse.GetValue(date) ?? portfolio.AsOf ?? SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Paris"]).Date;
            var run = Run();
            var progress = console.ShowsProgress && !parse.GetValue(noProgress) && portfolio.Entries.Count >= ProgressFrom
                ? new ProgressBar(console.Error, portfolio.Entries.Count, "accounts")
                : null;
            var report = RunReport.Compute(portfolio, asOf, run, progress is null ? null : progress.Report);
            var culture = CliOptions.Culture(parse, language);
            if (parse.GetValue(format) == "json")
            {
                using var stdout = new MemoryStream();
                JsonReport.Write(report, stdout, culture);
                console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
            }
            else
            {
                TextReport.Write(report, console, parse.GetValue(details) ?? 5, culture);
            }

            return parse.GetValue(apply) ? Apply(console, parse.GetValue(source.File)!, portfolio, report, asOf) : ExitCodes.Success;
        });
        return command;
    }

    private static int Apply(CliConsole console, string file, Portfolio portfolio, RunReport report, LocalDate asOf)
    {
        var (events, charges, problems) = PortfolioUpdate.Write(file, portfolio, report.Actions, asOf);
        foreach (var problem in problems)
        {
            console.Error.WriteLine($"error: {problem}");
        }

        if (problems.Count > 0)
        {
            return ExitCodes.InvalidInput;
        }

        // On standard error, so that the JSON report on standard output stays one document.
        console.Error.WriteLine($"Applied to {file}: {events} case events, {charges} charges, as of {asOf:yyyy-MM-dd}");
        return ExitCodes.Success;
    }

    /// <summary>
    /// The run as a host wires it: AddRecouvrement's defaults — France at home, and each debtor abroad under its own
    /// law's profile (its ladders, late-payment rule, calendar, time zone and limitation period).
    /// </summary>
    private static CollectionRun Run()
    {
        using var services = new ServiceCollection()
            .AddRecouvrement()
            .BuildServiceProvider();
        return services.GetRequiredService<CollectionRun>();
    }
}
