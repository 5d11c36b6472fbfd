using NodaTime.Text;

namespace Recouvrement.Cli.Portfolios;

/// <summary>Where a command's portfolio comes from: <c>--portfolio file.json</c>, <c>--csv invoices.csv</c> or the bundled demo.</summary>
internal static class PortfolioSource
{
    internal const string Options = """
          --portfolio <file>   A portfolio in JSON (docs/portfolio-format.md); the bundled demo when neither option is given
          --csv <file>         Open invoices exported from an ERP as CSV, one invoice per row
          --date-format <p>    The CSV's date pattern when it is neither yyyy-MM-dd nor dd/MM/yyyy (M/d/yyyy for a US export)
        """;

    private const int MaxErrorsShown = 50;

    internal static readonly string[] Valued = ["portfolio", "csv", "date-format"];

    /// <summary>Reads and checks the whole portfolio; on a problem prints every one of them and returns null.</summary>
    internal static Portfolio? Load(Arguments args, CliConsole console)
    {
        if (!TryDatePattern(args.Text("date-format"), out var dates, out var problem))
        {
            console.Error.WriteLine($"error: --date-format: {problem}");
            return null;
        }

        var (portfolio, errors) = (args.Text("portfolio"), args.Text("csv")) switch
        {
            ({ } json, null) => Read(json, file => PortfolioFile.Read(file, File.ReadAllBytes(file))),
            (null, { } csv) => Read(csv, file => CsvInvoices.Read(file, File.ReadAllText(file), dates)),
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
