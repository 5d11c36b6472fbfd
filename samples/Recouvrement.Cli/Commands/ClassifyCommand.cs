using System.Text.Json;
using Recouvrement.Cli.Portfolios;
using Recouvrement.Reasons;

namespace Recouvrement.Cli.Commands;

/// <summary><c>classify</c>: why an account is unpaid and what to do, from the signals observed on it.</summary>
internal static class ClassifyCommand
{
    internal const string Usage = """
        Usage: recouvrement classify --signals <file.json> [options]

        The file is a JSON array of signals, as in a portfolio's "signals" (docs/portfolio-format.md), e.g.
          [ { "type": "DirectDebitReturned", "date": "2026-03-05", "code": "AM04" },
            { "type": "DeclaredReason", "date": "2026-03-20", "reason": "JobLoss" } ]

        Options:
          --signals <file>         The signals
          --date <yyyy-MM-dd>      The day of the classification (default 2026-04-15, the demo date)
          --days-past-due <n>      How late the oldest open item is (default 0)
          --overdue <n>            The overdue amount, in --currency
          --currency <code>        ISO 4217 currency (default EUR)
          --format text|json       The explanation as text (default) or JSON
          --lang en|fr             The language of the explanation (default en)
        """;

    internal static int Execute(IReadOnlyList<string> args, CliConsole console)
    {
        var a = Arguments.Parse(args, ["signals", "date", "days-past-due", "overdue", "currency", "format", "lang"], ["help"]);
        if (a.Has("help"))
        {
            console.Out.WriteLine(Usage);
            return ExitCodes.Success;
        }

        var file = a.Required("signals");
        var date = a.Date("date") ?? PenaltyCommand.DemoDate;
        var daysPastDue = a.Integer("days-past-due") ?? 0;
        var overdue = a.Decimal("overdue");
        var currency = a.Currency("currency", "EUR");

        var format = a.Choice("format", "text", "text", "json");
        var culture = RunCommand.Culture(a);
        if (a.Errors.Count > 0 || currency is null)
        {
            return console.Usage(a.Errors, Usage);
        }

        byte[] json;
        try
        {
            json = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: {new FileError(file, 0, string.Empty, e.Message)}");
            return ExitCodes.InvalidInput;
        }

        var (signals, refused) = JsonFile.Read<ReasonSignal[]>(file, json);
        if (refused is not null || signals is null)
        {
            console.Error.WriteLine($"error: {refused ?? new FileError(file, 1, string.Empty, "holds no signal array")}");
            return ExitCodes.InvalidInput;
        }

        var context = new ReasonContext(date)
        {
            DaysPastDue = daysPastDue,
            OverdueAmount = overdue is { } amount ? new Money(amount, currency) : null,
        };
        var classification = ReasonClassifier.Default.Classify(signals, context);
        if (!classification.IsSuccess)
        {
            return console.Refused(classification.ValidationErrors);
        }

        var result = classification.Value;
        console.Out.WriteLine(format == "json"
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
