namespace Recouvrement.Cli.Tests;

/// <summary>One run of the program in-process: what it printed and how it ended.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    internal static CliRun Of(params string[] args) => Of(showsProgress: false, args);

    internal static CliRun Of(bool showsProgress, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, new CliConsole(output, error, showsProgress));
        return new CliRun(code, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }
}
