using System.CommandLine;
using NodaTime.Text;
using Recouvrement.Cli.CommandLine;

namespace Recouvrement.Cli.Portfolios;

/// <summary>Where a command's portfolio comes from: <c>--portfolio file.json</c>, <c>--csv invoices.csv</c> or the bundled demo.</summary>
internal sealed class PortfolioSource
{
    private const int MaxErrorsShown = 50;

    internal Option<string?> File { get; } = CliOptions.Text("portfolio", "A portfolio in JSON (docs/portfolio-format.md); the bundled demo when neither --portfolio nor --csv is given", "file");

    internal Option<string?> Csv { get; } = CliOptions.Text("csv", "Open invoices exported from an ERP as CSV, one invoice per row (docs/portfolio-format.md)", "file");

    internal Option<string?> DateFormat { get; } = CliOptions.Text("date-format", "The CSV's date pattern when it is neither yyyy-MM-dd nor dd/MM/yyyy (M/d/yyyy for a US export)", "pattern");

    internal IEnumerable<Option> Options => [File, Csv, DateFormat];

    /// <summary>Reads and checks the whole portfolio; on a problem prints every one of them and returns null.</summary>
    internal Portfolio? Load(ParseResult parse, CliConsole console)
    {
        if (!TryDatePattern(parse.GetValue(DateFormat), out var dates, out var problem))
        {
            console.Error.WriteLine($"error: --date-format: {problem}");
            return null;
        }

        var (portfolio, errors) = (parse.GetValue(File), parse.GetValue(Csv)) switch
        {
            ({ } json, null) => Read(json, file => PortfolioFile.Read(file, System.IO.File.ReadAllBytes(file))),
            (null, { } csv) => Read(csv, file => CsvInvoices.Read(file, System.IO.File.ReadAllText(file), dates)),
            (null, null) => PortfolioFile.Read("demo-portfolio.json", Demo()),
            _ => (null, [new FileError("command line", 0, string.Empty, "give --portfolio or --csv, not both")]),
        };
        foreach (var error in errors.Take(MaxErrorsShown))
        {
            console.Error.WriteLine($"error: {error}");
        }

        if (errors.Count > MaxErrorsShown)
        {
            console.Error.WriteLine($"… and {errors.Count - MaxErrorsShown} more problems");
        }

        return portfolio;
    }

    /// <summary>The date pattern a user gave for a CSV file (NodaTime's pattern syntax), or none; false when it is not a pattern.</summary>
    private static bool TryDatePattern(string? text, out LocalDatePattern? pattern, out string? problem)
    {
        (pattern, problem) = (null, null);
        try
        {
            pattern = text is null ? null : LocalDatePattern.CreateWithInvariantCulture(text);
            return true;
        }
        catch (InvalidPatternException e)
        {
            problem = $"\"{text}\" is not a date pattern (such as M/d/yyyy): {e.Message}";
            return false;
        }
    }

    /// <summary>The bundled demo: 44 debtors across every reason family, segment, case state and jurisdiction.</summary>
    internal static byte[] Demo()
    {
        using var stream = typeof(PortfolioSource).Assembly.GetManifestResourceStream("Recouvrement.Cli.demo-portfolio.json")
            ?? throw new InvalidOperationException("the demo portfolio is not embedded in the program");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static (Portfolio?, IReadOnlyList<FileError>) Read(string file, Func<string, (Portfolio?, IReadOnlyList<FileError>)> read)
    {
        try
        {
            return read(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, [new FileError(file, 0, string.Empty, e.Message)]);
        }
    }
}
