namespace Recouvrement.Cli.Portfolios;

/// <summary>One problem in an input file, where a person can find it: the line and the field at fault.</summary>
/// <param name="File">The file's name as the user gave it.</param>
/// <param name="Line">The 1-based line, or 0 when the problem is the whole file.</param>
/// <param name="Field">The field at fault: a JSON path (<c>accounts[3].entries[2].dueDate</c>) or a CSV column.</param>
/// <param name="Message">Why it is refused.</param>
internal sealed record FileError(string File, int Line, string Field, string Message)
{
    public override string ToString()
        => Line > 0 ? $"{File}:{Line}: {Field}: {Message}" : $"{File}: {(Field.Length > 0 ? Field + ": " : string.Empty)}{Message}";
}
