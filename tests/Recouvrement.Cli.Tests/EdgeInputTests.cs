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

    [Theory]
    [InlineData("debtor_id,debtor_name,invoice_id,issue_date,due_date,amount,Amount\nC-1,Durand,F-1,2026-01-10,2026-02-09,100.00,100.00", "1: amount: is twice in the header (columns 6 and 7)")]
    [InlineData("debtor_id,debtor_name,invoice_id,issue_date,due_date,amount\nC-1,Durand,F-1,2026-01-10,2026-02-09,\"12,34,56\"", "2: amount: \"12,34,56\" is not an amount")]
    [InlineData("debtor_id,debtor_name,invoice_id,issue_date,due_date,amount\nC-1,Durand,F-1,2026-01-10,2026-02-09,100\nC-1,Durand,F-2,2026-01-10,2026-02-09,\"1,234\"", "3: amount: \"1,234\" is ambiguous")]
    [InlineData("debtor_id,debtor_name,invoice_id,issue_date,due_date,amount\nC-1,Durand,F-1,2026-01-10,2026-02-09,10.50\nC-1,Durand,F-2,2026-01-10,2026-02-09,\"7,25\"", "3: amount: \"7,25\" has a decimal comma where line 2 has a decimal point")]
    [InlineData("debtor_id,debtor_name,country,invoice_id,issue_date,due_date,amount\nC-1,Durand,FR,F-1,2026-01-10,2026-02-09,100.00\nC-2,Martin,F1,F-2,2026-01-10,2026-02-09,100.00", "3: country: debtor.Country = \"F1\": must be an ISO 3166-1 alpha-2 code")]
    public void A_csv_header_amount_or_debtor_at_fault_is_refused_with_its_line_and_column(string csv, string error)
    {
        using var directory = new TemporaryDirectory();
        var run = CliRun.Of("run", "--csv", directory.File("export.csv", csv));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"export.csv:{error}", run.Error, StringComparison.Ordinal);
    }

    /// <summary>The file's first amount that shows its decimal separator settles it: "1,234" groups thousands after "10.50".</summary>
    [Theory]
    [InlineData("\"12,34\"", "\"1.234,50\"", 1_246.84)]
    [InlineData("10.50", "\"1,234\"", 1_244.50)]
    [InlineData("\"1 234,56\"", "\"89,90\"", 1_324.46)]
    public void Csv_amounts_are_read_with_the_files_decimal_separator(string first, string second, double total)
    {
        using var directory = new TemporaryDirectory();
        var file = directory.File("export.csv", $"debtor_id,debtor_name,invoice_id,issue_date,due_date,amount\nC-1,Durand,F-1,2026-01-10,2026-02-09,{first}\nC-1,Durand,F-2,2026-01-10,2026-02-09,{second}");
        var run = CliRun.Of("run", "--csv", file, "--date", "2026-04-15", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal((decimal)total, JsonDocument.Parse(run.Out).RootElement.GetProperty("aging")[0].GetProperty("total").GetProperty("amount").GetDecimal());
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
