namespace Recouvrement.Cli;

/// <summary>The program's exit codes.</summary>
internal static class ExitCodes
{
    internal const int Success = 0;

    /// <summary>An input file or value was refused: nothing was run, nothing written.</summary>
    internal const int InvalidInput = 1;

    /// <summary>The command line itself is wrong: unknown command or option, a missing value.</summary>
    internal const int Usage = 2;
}
