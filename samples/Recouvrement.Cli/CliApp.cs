using System.CommandLine;
using System.CommandLine.Help;
using Recouvrement.Cli.Commands;

namespace Recouvrement.Cli;

/// <summary>The program: one subcommand per capability, <c>run</c> by default over the bundled demo portfolio.</summary>
internal static class CliApp
{
    internal static int Run(IReadOnlyList<string> args, CliConsole console)
    {
        var parse = Root(console).Parse(Defaulted([.. args]));

        // A wrong command line runs nothing, and says so with exit code 2 (the library's own is 1, a refused input's here).
        if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
        {
            return console.Usage(parse.CommandResult.Command, parse.Errors.Select(e => e.Message), parse.UnmatchedTokens);
        }

        return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error });
    }

    /// <summary>Every command, option and argument, declared once: the parser and <c>--help</c> both read them.</summary>
    internal static Command Root(CliConsole console)
    {
        var root = new Command("recouvrement", "Recouvrement sample — receivables collection over a portfolio. Exit codes: 0 done, 1 input refused, 2 usage error.")
        {
            RunCommand.Create(console),
            PenaltyCommand.Create(console),
            PlanCommand.Create(console),
            ClassifyCommand.Create(console),
            CalendarCommand.Create(console),
            GenerateCommand.Create(console),
        };
        AddHelp(root);
        return root;
    }

    private static void AddHelp(Command command)
    {
        command.Options.Add(new HelpOption());
        foreach (var subcommand in command.Subcommands)
        {
            AddHelp(subcommand);
        }
    }

    /// <summary>
    /// <c>run</c> when no command is named (no argument, or options only), so the README's command needs nothing more;
    /// <c>--generate N</c> is the generate command spelt as an option; <c>help</c> is <c>--help</c>.
    /// </summary>
    private static string[] Defaulted(string[] args) => args switch
    {
        [] => ["run"],
        ["--generate", .. var rest] => ["generate", .. rest],
        ["help", .. var rest] => [.. rest, "--help"],
        [var first, ..] when first.StartsWith('-') && first is not ("--help" or "-h" or "-?") => ["run", .. args],
        _ => [.. args],
    };
}
