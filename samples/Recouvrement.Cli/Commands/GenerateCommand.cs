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
          --date <yyyy-MM-dd>   The portfolio's date (default 2026-04-15, the demo date)
        """;

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
            File.Delete(temporary);
            console.Error.WriteLine($"error: {output}: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        console.Out.WriteLine($"Wrote {count:N0} accounts to {output}");
        return ExitCodes.Success;
    }
}
