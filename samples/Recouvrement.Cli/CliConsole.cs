using System.CommandLine;
using Recouvrement.Cli.CommandLine;

namespace Recouvrement.Cli;

/// <summary>Where the program writes: the results, the errors and the progress bar (only on a terminal).</summary>
/// <param name="Out">The results: the tables or the JSON document.</param>
/// <param name="Error">Problems, and the progress bar.</param>
/// <param name="ShowsProgress">Whether <see cref="Error"/> is a terminal a progress bar can redraw.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool ShowsProgress)
{
    /// <summary>
    /// The process's console: colours only on a terminal and without <c>NO_COLOR</c> (https://no-color.org), the
    /// terminal's width, or 120 columns when redirected.
    /// </summary>
    internal static CliConsole System => new(Console.Out, Console.Error, !Console.IsErrorRedirected)
    {
        Colours = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        Width = Console.IsOutputRedirected || Console.WindowWidth < 40 ? 120 : Console.WindowWidth,
    };

    /// <summary>Gets a value indicating whether <see cref="Out"/> shows colours.</summary>
    internal bool Colours { get; init; }

    /// <summary>Gets the width the tables fit in, in columns.</summary>
    internal int Width { get; init; } = 120;

    /// <summary>
    /// Prints what was wrong with the command line, a guess at what was meant, and the command's usage line; returns the
    /// exit code of a usage error. Nothing has run.
    /// </summary>
    internal int Usage(Command command, IEnumerable<string> problems, IEnumerable<string> unknownTokens)
    {
        foreach (var problem in problems)
        {
            Error.WriteLine($"error: {problem}");
        }

        foreach (var token in unknownTokens)
        {
            if (Suggestion.For(command, token) is { } meant)
            {
                Error.WriteLine($"'{token}': did you mean '{meant}'?");
            }
        }

        var path = string.Join(' ', Ancestry(command).Reverse().Select(c => c.Name));
        var arguments = (command.Subcommands.Count > 0 ? " [command]" : string.Empty) + string.Concat(command.Arguments.Select(a => $" <{a.Name}>"));
        Error.WriteLine();
        Error.WriteLine($"Usage: {path}{arguments} [options]");
        Error.WriteLine($"Run '{path} --help' for {(command.Subcommands.Count > 0 ? "the commands and " : string.Empty)}every option.");
        return ExitCodes.Usage;
    }

    private static IEnumerable<Command> Ancestry(Command command)
    {
        for (Command? current = command; current is not null; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            yield return current;
        }
    }

    /// <summary>Prints what the kernel refused and returns the exit code of refused input.</summary>
    internal int Refused(IEnumerable<Ardalis.Result.ValidationError> errors)
    {
        foreach (var error in errors)
        {
            Error.WriteLine($"error: {error.ErrorMessage}");
        }

        return ExitCodes.InvalidInput;
    }
}
