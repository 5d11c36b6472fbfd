using NodaTime;
using NodaTime.Text;
using Recouvrement.Cli.Portfolios;

namespace Recouvrement.Cli.Commands;

/// <summary><c>generate</c>: a synthetic portfolio, to try the run at scale.</summary>
internal static class GenerateCommand
{
    internal const string Usage = """
        Usage: recouvrement generate <N> --out <file.json> [--seed <n>] [--date <yyyy-MM-dd>]

        Writes N synthetic accounts in the portfolio format; the same seed writes the same file. The file appears only
        once it is complete.

        Options:
          --out <file>          Where to write
          --seed <n>            The random seed (default 1)
          --date <yyyy-MM-dd>   The portfolio's date, 1584-01-01 to 9998-12-31 (default 2026-04-15, the demo date)
        """;

    // The file holds dates a year around its date: invoices of the year before, payments and signals after due dates.
    private static readonly LocalDate FirstDate = new(1584, 1, 1);
    private static readonly LocalDate LastDate = new(9998, 12, 31);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static int Execute(IReadOnlyList<string> args, CliConsole console)
    {
        var a = Arguments.Parse(args, ["out", "seed", "date"], ["help"]);
        if (a.Has("help"))
        {
            console.Out.WriteLine(Usage);
            return ExitCodes.Success;
        }

        var output = a.Required("out");
        var seed = a.Integer("seed") ?? 1;
        var date = a.Date("date") ?? PenaltyCommand.DemoDate;
        if (date < FirstDate || date > LastDate)
        {
            a.Errors.Add($"--date \"{a.Text("date")}\" must be from {Iso(FirstDate)} to {Iso(LastDate)}: the file holds dates a year around it");
        }

        if (a.Positional.Count != 1 || !int.TryParse(a.Positional[0], out var count) || count is < 1 or > 10_000_000)
        {
            a.Errors.Add("give the number of accounts, from 1 to 10,000,000");
            count = 0;
        }

        if (a.Errors.Count > 0)
        {
            return console.Usage(a.Errors, Usage);
        }

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
