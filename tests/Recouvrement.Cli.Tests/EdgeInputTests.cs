using System.Text.Json;

namespace Recouvrement.Cli.Tests;

/// <summary>Every input at its edges gets an answer: a usage error, a file error with its line, never a crash.</summary>
public class EdgeInputTests
{
    private const string Debtor = """{ "id": "C-1", "name": "Client", "kind": "Business", "country": "FR" }""";

    [Fact]
    public void Generate_into_a_missing_folder_is_a_file_error()
    {
        using var directory = new TemporaryDirectory();
        var target = Path.Combine(directory.Path, "missing", "portfolio.json");
        var run = CliRun.Of("generate", "10", "--out", target);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: {target}: ", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(directory.Path, "missing")));
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("9999-01-01")]
    [InlineData("-9998-01-01")]
    public void Generate_refuses_a_date_it_cannot_write_a_year_around_and_leaves_no_file(string date)
    {
        using var directory = new TemporaryDirectory();
        var run = CliRun.Of("generate", "10", "--out", directory.File("portfolio.json"), "--date", date);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: --date \"{date}\" must be from 1584-01-01 to 9998-12-31", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(directory.Path));
    }

    [Fact]
    public void Generate_on_the_last_accepted_date_writes_a_portfolio()
    {
        using var directory = new TemporaryDirectory();
        Assert.Equal(0, CliRun.Of("generate", "50", "--out", directory.File("portfolio.json"), "--date", "9998-12-31").ExitCode);
        Assert.Equal(["portfolio.json"], Directory.GetFiles(directory.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("""{ "accounts": [ null ] }""", "x.json:1: accounts[0]: is null: an account is { \"debtor\": …, \"entries\": [ … ] }")]
    [InlineData("{\n  \"accounts\": [\n    { \"debtor\": " + Debtor + ", \"entries\": [], \"cases\": [ null ] }\n  ]\n}", "x.json:3: accounts[0].cases[0]: is null")]
    [InlineData("{\n  \"accounts\": [\n    { \"debtor\": " + Debtor + ", \"entries\": [], \"signals\": [ null ] }\n  ]\n}", "x.json:3: accounts[0].signals[0]: is null")]
    [InlineData("{\n  \"accounts\": [\n    { \"debtor\": " + Debtor + ", \"entries\": [ null ] }\n  ]\n}", "x.json:3: accounts[0].entries[0]: is null")]
    public void A_null_in_a_portfolio_is_a_file_error_with_its_path(string json, string error)
    {
        using var directory = new TemporaryDirectory();
        var run = CliRun.Of("run", "--portfolio", directory.File("x.json", json));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(error, run.Error.Replace(directory.Path + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_with_a_duplicate_column_is_refused_by_the_column()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.File("export.csv", """
            debtor_id,debtor_name,invoice_id,issue_date,due_date,amount,Amount
            C-1,Durand,F-1,2026-01-10,2026-02-09,100.00,100.00
            """);
        var run = CliRun.Of("run", "--csv", file);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("export.csv:1: amount: is twice in the header (columns 6 and 7)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comma_csv_reads_its_decimal_comma_and_refuses_a_malformed_amount()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.File("export.csv", """
            debtor_id,debtor_name,invoice_id,issue_date,due_date,amount
            C-1,Durand,F-1,2026-01-10,2026-02-09,"12,34"
            C-1,Durand,F-2,2026-01-10,2026-02-09,"1.234,50"
            """);
        var run = CliRun.Of("run", "--csv", file, "--date", "2026-04-15", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(12.34m + 1_234.50m, JsonDocument.Parse(run.Out).RootElement.GetProperty("aging")[0].GetProperty("total").GetProperty("amount").GetDecimal());

        var malformed = directory.File("malformed.csv", """
            debtor_id,debtor_name,invoice_id,issue_date,due_date,amount
            C-1,Durand,F-1,2026-01-10,2026-02-09,"12,34,56"
            """);
        var refused = CliRun.Of("run", "--csv", malformed);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("malformed.csv:2: amount: \"12,34,56\" is not an amount", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amount_whose_separator_the_file_does_not_settle_is_refused_with_its_line_and_column()
    {
        using var directory = new TemporaryDirectory();
        var ambiguous = directory.File("ambiguous.csv", """
            debtor_id,debtor_name,invoice_id,issue_date,due_date,amount
            C-1,Durand,F-1,2026-01-10,2026-02-09,100
            C-1,Durand,F-2,2026-01-10,2026-02-09,"1,234"
            """);
        var run = CliRun.Of("run", "--csv", ambiguous);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ambiguous.csv:3: amount: \"1,234\" is ambiguous", run.Error, StringComparison.Ordinal);

        // Another amount of the file settles it: "1,234" groups thousands where "10.50" has a decimal point.
        var settled = directory.File("settled.csv", """
            debtor_id,debtor_name,invoice_id,issue_date,due_date,amount
            C-1,Durand,F-1,2026-01-10,2026-02-09,10.50
            C-1,Durand,F-2,2026-01-10,2026-02-09,"1,234"
            """);
        var read = CliRun.Of("run", "--csv", settled, "--date", "2026-04-15", "--format", "json");
        Assert.Equal(0, read.ExitCode);
        Assert.Equal(1_244.50m, JsonDocument.Parse(read.Out).RootElement.GetProperty("aging")[0].GetProperty("total").GetProperty("amount").GetDecimal());

        var mixed = directory.File("mixed.csv", """
            debtor_id,debtor_name,invoice_id,issue_date,due_date,amount
            C-1,Durand,F-1,2026-01-10,2026-02-09,10.50
            C-1,Durand,F-2,2026-01-10,2026-02-09,"7,25"
            """);
        var conflict = CliRun.Of("run", "--csv", mixed);
        Assert.Equal(1, conflict.ExitCode);
        Assert.Contains("mixed.csv:3: amount: \"7,25\" has a decimal comma where line 2 has a decimal point", conflict.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_debtor_field_error_in_a_csv_names_its_line()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.File("export.csv", """
            debtor_id,debtor_name,country,invoice_id,issue_date,due_date,amount
            C-1,Durand,FR,F-1,2026-01-10,2026-02-09,100.00
            C-2,Martin,F1,F-2,2026-01-10,2026-02-09,100.00
            """);
        var run = CliRun.Of("run", "--csv", file);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("export.csv:3: country: debtor.Country = \"F1\": must be an ISO 3166-1 alpha-2 code", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-100")]
    public void A_capacity_that_is_not_positive_is_a_usage_error(string capacity)
    {
        var run = CliRun.Of("plan", "--amount", "2400", "--capacity", capacity);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: --capacity \"{capacity}\" must be a positive amount", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }
}
