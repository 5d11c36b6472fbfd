using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Recouvrement.Cli.Output;
using Recouvrement.Cli.Portfolios;
using Recouvrement.Extensions;
using Recouvrement.Scheduling;

namespace Recouvrement.Cli.Commands;

/// <summary><c>run</c>: the day's collection run over a portfolio, explained.</summary>
internal static class RunCommand
{
    internal const string Usage = $"""
        Usage: recouvrement run [options]

        The day's collection run: each account's ladder by segment, its case decided, the penalties to post; then the
        breakdown of each penalty, plan proposals for debtors in hardship, the aging and the reasons for non-payment.

        Options:
        {PortfolioSource.Options}
          --date <yyyy-MM-dd>  The run date (default: the portfolio's asOf; today for a CSV import)
          --format text|json   Tables for a person (default) or one JSON document
          --lang en|fr         The language of the explanations (default en)
          --details <n>        How many penalty breakdowns and plans the text shows (default 5)
          --no-progress        No progress bar, even on a terminal
          --apply              Record what the day's run did in the --portfolio file: the case events, the charges
                               posted, the run date; run again the same day, it asks for nothing more
        """;

    private const int ProgressFrom = 1_000;

    internal static int Execute(IReadOnlyList<string> args, CliConsole console)
    {
        var a = Arguments.Parse(args, [.. PortfolioSource.Valued, "date", "format", "lang", "details"], ["no-progress", "apply", "help"]);
        if (a.Has("help"))
        {
            console.Out.WriteLine(Usage);
            return ExitCodes.Success;
        }

        var date = a.Date("date");
        var format = a.Choice("format", "text", "text", "json");
        var culture = Culture(a);
        var details = a.Integer("details") ?? 5;
        if (details < 0)
        {
            a.Errors.Add($"--details {details} must be zero or more");
        }

        if (a.Has("apply") && a.Text("portfolio") is null)
        {
            a.Errors.Add("--apply writes back into a --portfolio file: the bundled demo and CSV imports are read only");
        }

        if (a.Errors.Count > 0 || a.Positional.Count > 0)
        {
            return console.Usage([.. a.Errors, .. a.Positional.Select(p => $"'{p}' is not expected here")], Usage);
        }

        if (PortfolioSource.Load(a, console) is not { } portfolio)
        {
            return ExitCodes.InvalidInput;
        }

        // The kernel never reads the clock; the program does, once, when neither the user nor the file gives a date.
        var asOf = date ?? portfolio.AsOf ?? SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Paris"]).Date;
        var run = Run();
        var progress = console.ShowsProgress && !a.Has("no-progress") && portfolio.Entries.Count >= ProgressFrom
            ? new ProgressBar(console.Error, portfolio.Entries.Count, "accounts")
            : null;
        var report = RunReport.Compute(portfolio, asOf, run, progress is null ? null : progress.Report);
        if (format == "json")
        {
            using var stdout = new MemoryStream();
            JsonReport.Write(report, stdout, culture);
            console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
        }
        else
        {
            TextReport.Write(report, console.Out, details, culture);
        }

        if (a.Has("apply"))
        {
            var (events, charges, problems) = PortfolioUpdate.Write(a.Text("portfolio")!, portfolio, report.Actions, asOf);
            foreach (var problem in problems)
            {
                console.Error.WriteLine($"error: {problem}");
            }

            if (problems.Count > 0)
            {
                return ExitCodes.InvalidInput;
            }

            // On standard error, so that the JSON report on standard output stays one document.
            console.Error.WriteLine($"Applied to {a.Text("portfolio")}: {events} case events, {charges} charges, as of {asOf:yyyy-MM-dd}");
        }

        return ExitCodes.Success;
    }

    internal static CultureInfo Culture(Arguments a)
        => a.Choice("lang", "en", "en", "fr") == "fr" ? CultureInfo.GetCultureInfo("fr-FR") : CultureInfo.InvariantCulture;

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
