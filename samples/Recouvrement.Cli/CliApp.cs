using Recouvrement.Cli.Commands;

namespace Recouvrement.Cli;

/// <summary>The program: one subcommand per capability, <c>run</c> by default over the bundled demo portfolio.</summary>
internal static class CliApp
{
    internal const string Usage = """
        Recouvrement sample — receivables collection over a portfolio.

        Usage: recouvrement [command] [options]

        Commands:
          run        The day's collection run: actions, penalties, plan proposals, aging, reasons (default)
          penalty    Late-payment interest and compensation on one invoice
          plan       Payment plan proposals for a debt and a capacity or a count
          classify   Why an account is unpaid, from a file of signals
          calendar   Business days and public holidays of a country and year
          generate   Write a synthetic portfolio of N accounts (also --generate N)

        Run 'recouvrement <command> --help' for a command's options. Exit codes: 0 done, 1 input refused, 2 usage error.
        """;

    internal static int Run(IReadOnlyList<string> args, CliConsole console)
    {
        // "--generate N" is the generate command spelt as an option of the default one.
        var named = args.Count > 0 && (!args[0].StartsWith("--", StringComparison.Ordinal) || args[0] == "--generate");
        var rest = named ? args.Skip(1).ToArray() : args.ToArray();
        switch (named ? args[0] : "run")
        {
            case "run":
                return RunCommand.Execute(rest, console);
            case "penalty":
                return PenaltyCommand.Execute(rest, console);
            case "plan":
                return PlanCommand.Execute(rest, console);
            case "classify":
                return ClassifyCommand.Execute(rest, console);
            case "calendar":
                return CalendarCommand.Execute(rest, console);
            case "generate" or "--generate":
                return GenerateCommand.Execute(rest, console);
            case "help":
                console.Out.WriteLine(Usage);
                return ExitCodes.Success;
            default:
                return console.Usage([$"'{args[0]}' is not a command"], Usage);
        }
    }
}
