using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Recouvrement.Cli.CommandLine;
using Recouvrement.Cli.Portfolios;
using Recouvrement.Reasons;

namespace Recouvrement.Cli.Commands;

/// <summary><c>classify</c>: why an account is unpaid and what to do, from the signals observed on it.</summary>
internal static class ClassifyCommand
{
    internal static Command Create(CliConsole console)
    {
        var signals = new Option<string>("--signals")
        {
            Description = "The signals: a JSON array as in a portfolio's \"signals\" (docs/portfolio-format.md)",
            HelpName = "file.json",
            Required = true,
        };
        var date = CliOptions.Date("date", "The day of the classification (default 2026-04-15, the demo date)");
        var daysPastDue = CliOptions.Integer("days-past-due", "How late the oldest open item is (default 0)");
        var overdue = CliOptions.Decimal("overdue", "The overdue amount, in --currency");
        var currency = CliOptions.Currency("currency", "ISO 4217 currency (default EUR)");
        var format = CliOptions.Format("The explanation");
        var language = CliOptions.Language();
        var command = new Command("classify", "Why an account is unpaid and what to do first, from a file of signals") { signals, date, daysPastDue, overdue, currency, format, language };
        command.SetAction(parse =>
        {
            var context = new ReasonContext(parse.GetValue(date) ?? CliOptions.DemoDate)
            {
                DaysPastDue = parse.GetValue(daysPastDue) ?? 0,
                OverdueAmount = parse.GetValue(overdue) is { } amount ? new Money(amount, parse.GetValue(currency) ?? Currency.EUR) : null,
            };
            return Classify(console, parse.GetValue(signals)!, context, parse.GetValue(format) == "json", CliOptions.Culture(parse, language));
        });
        return command;
    }

    private static int Classify(CliConsole console, string file, ReasonContext context, bool json, CultureInfo culture)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: {new FileError(file, 0, string.Empty, e.Message)}");
            return ExitCodes.InvalidInput;
        }

        var (signals, refused) = JsonFile.Read<ReasonSignal[]>(file, bytes);
        if (refused is not null || signals is null)
        {
            console.Error.WriteLine($"error: {refused ?? new FileError(file, 1, string.Empty, "holds no signal array")}");
            return ExitCodes.InvalidInput;
        }

        var classification = ReasonClassifier.Default.Classify(signals, context);
        if (!classification.IsSuccess)
        {
            return console.Refused(classification.ValidationErrors);
        }

        var result = classification.Value;
        console.Out.WriteLine(json
            ? JsonSerializer.Serialize(
                new
                {
                    reason = result.Primary.Reason,
                    family = result.Primary.Reason.Family,
                    confidence = result.Primary.Confidence.Name,
                    firstAction = result.Treatment.FirstAction.Name,
                    pausedItemIds = result.PausedItemIds,
                    others = result.Reasons.Skip(1).Select(r => r.Reason),
                    text = result.Explain(culture),
                },
                PortfolioFormat.Options)
            : result.Explain(culture));
        return ExitCodes.Success;
    }
}
