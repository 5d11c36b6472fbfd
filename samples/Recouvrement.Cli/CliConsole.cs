namespace Recouvrement.Cli;

/// <summary>Where the program writes: the results, the errors and the progress bar (only on a terminal).</summary>
/// <param name="Out">The results: the tables or the JSON document.</param>
/// <param name="Error">Problems, and the progress bar.</param>
/// <param name="ShowsProgress">Whether <see cref="Error"/> is a terminal a progress bar can redraw.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool ShowsProgress)
{
    internal static CliConsole System => new(Console.Out, Console.Error, !Console.IsErrorRedirected);

    /// <summary>Prints the problems and returns the exit code of a command given wrong options.</summary>
    internal int Usage(IEnumerable<string> problems, string usage)
    {
        foreach (var problem in problems)
        {
            Error.WriteLine($"error: {problem}");
        }

        Error.WriteLine();
        Error.WriteLine(usage);
        return ExitCodes.Usage;
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
