using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Recouvrement.Cli.CommandLine;
using Recouvrement.Cli.Portfolios;

namespace Recouvrement.Cli.Commands;

/// <summary><c>generate</c>: a synthetic portfolio, to try the run at scale.</summary>
internal static class GenerateCommand
{
    // The file holds dates a year around its date: invoices of the year before, payments and signals after due dates.
    private static readonly LocalDate FirstDate = new(1584, 1, 1);
    private static readonly LocalDate LastDate = new(9998, 12, 31);

    internal static Command Create(CliConsole console)
    {
        var count = new Argument<int>("count")
        {
            Description = "How many accounts, from 1 to 10,000,000",
            CustomParser = result => int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 10_000_000
                ? n
                : Refuse(result, $"\"{result.Tokens[0].Value}\": give the number of accounts, from 1 to 10,000,000"),
        };
        var output = new Option<string>("--out") { Description = "Where to write; the file appears only once it is complete", HelpName = "file.json", Required = true };
        var seed = CliOptions.Integer("seed", "The random seed (default 1): the same seed writes the same file");
        var date = CliOptions.Date(
            "date",
            $"The portfolio's date, {Iso(FirstDate)} to {Iso(LastDate)} (default 2026-04-15, the demo date)",
            d => d < FirstDate || d > LastDate ? $"must be from {Iso(FirstDate)} to {Iso(LastDate)}: the file holds dates a year around it" : null);
        var command = new Command("generate", "Write a synthetic portfolio of N accounts, to try the run at scale (also --generate N)") { count, output, seed, date };
        command.SetAction(parse => Write(console, parse.GetValue(output)!, parse.GetValue(count), parse.GetValue(seed) ?? 1, parse.GetValue(date) ?? CliOptions.DemoDate));
        return command;
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static int Refuse(ArgumentResult result, string problem)
    {
        result.AddError(problem);
        return 0;
    }

    private static int Write(CliConsole console, string output, int count, int seed, LocalDate date)
    {
        // Written beside the target, then moved over it: a reader never sees half a file.
        var full = Path.GetFullPath(output);
        var temporary = full + ".partial";
        try
        {
            using (var stream = File.Create(temporary))
            {
                PortfolioGenerator.Write(stream, count, seed, date);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: {output}: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        finally
        {
            // Whatever stopped the writing, no half file stays; in a folder that does not exist there is none to remove.
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }

        console.Out.WriteLine($"Wrote {count:N0} accounts to {output}");
        return ExitCodes.Success;
    }
}
