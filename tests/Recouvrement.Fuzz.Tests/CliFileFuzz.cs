using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime.Text;
using Recouvrement.Cli.Portfolios;

namespace Recouvrement.Fuzz.Tests;

/// <summary>The sample's file readers on broken files: every problem comes back as a FileError, never as a crash.</summary>
[Trait("Category", "Fuzz")]
public sealed class CliFileFuzz
{
    private static readonly string Demo = Encoding.UTF8.GetString(PortfolioSource.Demo());

    private static readonly string[] Columns =
        ["debtor_id", "debtor_name", "invoice_id", "issue_date", "due_date", "amount", "debtor_kind", "country", "email", "phone", "currency", "paid", "paid_on", "unknown"];

    private static readonly Gen<string> Cells = Gen.Frequency(
        (3, Edges.Of("D-1", "D-2", "Dupont", "F-1", "F-2", "2026-01-15", "15/01/2026", "2026-02-30", "1200.50", "1 200,50", "-5", "0", "business", "consumer", "EUR", "JPY", "XXX", "FR")),
        (1, Edges.Ids),
        (1, Edges.Decimals.Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (1, Edges.Of("\"quoted, with a comma\"", "\"unclosed", "\"\"", "a\"b", ";", ",")));

    private static readonly Gen<string> CsvFiles =
        from header in Gen.Frequency((3, Gen.Constant(Columns[..13])), (2, Gen.Shuffle(Columns).Select(c => c.Take(9).ToArray())), (1, Edges.Many(Edges.Of(Columns))))
        from separator in Edges.Of(",", ";")
        from rows in Edges.Many(Gen.ArrayOf(Cells, header.Length + 1))
        from ending in Edges.Of("\n", "\r\n")
        select string.Join(ending, rows.Select(r => string.Join(separator, r)).Prepend(string.Join(separator, header)));

    private static readonly Gen<LocalDatePattern?> Patterns = Edges.Of<LocalDatePattern?>(null, LocalDatePattern.CreateWithInvariantCulture("M/d/yyyy"), LocalDatePattern.Iso);

    [Fuzz]
    public Property A_broken_portfolio_file_is_refused_with_file_errors()
        => Prop.ForAll(JsonMutation.Of([Demo]).ToArbitrary(), mutated =>
            Answered(PortfolioFile.Read("portfolio.json", Encoding.UTF8.GetBytes(mutated.Json))));

    [Fuzz]
    public Property A_broken_csv_file_is_refused_with_file_errors()
        => Prop.ForAll(CsvFiles.ToArbitrary(), Patterns.ToArbitrary(), (csv, pattern) => Answered(CsvInvoices.Read("invoices.csv", csv, pattern)));

    /// <summary>A portfolio, or the problems with their file named; never both, never neither.</summary>
    private static void Answered((Portfolio? Portfolio, IReadOnlyList<FileError> Errors) read)
    {
        Assert.True(read.Portfolio is null != (read.Errors.Count == 0), "a file gives a portfolio or its problems");
        Assert.All(read.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.File) || string.IsNullOrWhiteSpace(e.Message)));
    }
}
