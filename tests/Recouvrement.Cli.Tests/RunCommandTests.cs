using System.Text.Json;
using Snapshooter.Xunit;

namespace Recouvrement.Cli.Tests;

public class RunCommandTests
{
    [Fact]
    public void The_default_command_runs_the_demo_portfolio_as_of_its_date()
    {
        var run = CliRun.Of();
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        Snapshot.Match(run.Out);
    }

    [Fact]
    public void The_default_command_speaks_french_with_lang_fr()
    {
        var run = CliRun.Of("--lang", "fr");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Recouvrement — relance du portefeuille", run.Out, StringComparison.Ordinal);
        Snapshot.Match(run.Out);
    }

    [Fact]
    public void The_report_opens_with_what_to_do_today_and_never_shows_an_identifier()
    {
        var lines = CliRun.Of().Out.Split('\n');
        Assert.Equal("Today: 103 actions", lines[2]);
        Assert.Contains(lines.Take(15), l => l.Contains("a manager's approval", StringComparison.Ordinal));
        foreach (var identifier in new[] { "PriceOrQuantityDisagreement", "RefusalOrBadFaith", "CallTask", "AgencyHandover", "LowestInstalment", "CourtFiling" })
        {
            Assert.DoesNotContain(identifier, string.Join('\n', lines), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_demo_covers_every_reason_family_case_state_segment_and_jurisdiction()
    {
        var json = JsonDocument.Parse(CliRun.Of("run", "--format", "json").Out).RootElement;
        var demo = JsonDocument.Parse(Portfolios.PortfolioSource.Demo()).RootElement.GetProperty("accounts");
        Assert.True(demo.GetArrayLength() >= 40);
        Assert.Equal(
            ["BE", "DE", "ES", "FR", "GB", "IT", "NL"],
            demo.EnumerateArray().Select(a => a.GetProperty("debtor").GetProperty("country").GetString()).Distinct().Order());

        var families = json.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("family").GetString()).Distinct();
        Assert.Equal(Reasons.ReasonFamily.List.Select(f => f.Name).Order(), families.Order());

        var segments = json.GetProperty("summary").GetProperty("bySegment").EnumerateArray().Select(s => s.GetProperty("key").GetString()).Distinct();
        Assert.Equal(
            [
                "Belgium, business", "Belgium, consumer", "Business, standard", "Consumer, small amount", "England and Wales, business", "England and Wales, consumer",
                "Germany, business", "Germany, consumer", "Italy, business", "Italy, consumer", "Netherlands, business", "Netherlands, consumer", "Public authority",
                "Spain, business", "Spain, consumer",
            ],
            segments.Order());

        var states = Portfolios.PortfolioFile.Read("demo", Portfolios.PortfolioSource.Demo()).Portfolio!.Entries
            .SelectMany(e => e.Cases).Select(c => c.State.Name).Distinct();
        Assert.Equal(Cases.CaseState.List.Select(s => s.Name).Order(), states.Order());
    }

    [Fact]
    public void The_json_output_parses_back_with_every_action_and_the_summary()
    {
        var run = CliRun.Of("run", "--format", "json", "--date", "2026-04-20");
        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal("2026-04-20", json.GetProperty("asOf").GetString());
        Assert.Equal(54, json.GetProperty("summary").GetProperty("entries").GetInt32());
        var actions = json.GetProperty("actions").EnumerateArray().ToList();
        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.False(string.IsNullOrEmpty(a.GetProperty("debtorId").GetString())));
        Assert.All(json.GetProperty("penalties").EnumerateArray(), p => Assert.NotEmpty(p.GetProperty("legalSource").GetString()!));
        Assert.All(
            json.GetProperty("plans").EnumerateArray().SelectMany(p => p.GetProperty("proposals").EnumerateArray()),
            p => Assert.True(p.GetProperty("plan").GetProperty("instalments").GetArrayLength() > 0));
    }

    [Fact]
    public void A_bad_portfolio_file_is_refused_with_the_line_and_field_at_fault_and_nothing_printed()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.File("bad.json", """
            {
              "accounts": [
                {
                  "debtor": { "id": "C-1", "name": "Client", "kind": "Business", "country": "FR" },
                  "entries": [
                    { "type": "Invoice", "id": "F-1", "issueDate": "2026-01-10",
                      "dueDate": "2026-02-30",
                      "total": { "amount": 100, "currency": "EUR" } }
                  ]
                }
              ]
            }
            """);
        var run = CliRun.Of("run", "--portfolio", file);
        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains("bad.json:7: accounts[0].entries[0].dueDate: \"2026-02-30\" is not a date", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_the_accounts_is_listed_with_its_line()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.File("accounts.json", """
            {
              "accounts": [
                {
                  "debtor": { "id": "C-1", "name": "Client", "kind": "Business", "country": "FR" },
                  "entries": [
                    { "type": "Invoice", "id": "F-1", "issueDate": "2026-03-10", "dueDate": "2026-02-10", "total": { "amount": 100, "currency": "EUR" } },
                    { "type": "Payment", "id": "P-1", "date": "2026-03-01", "paid": { "amount": 50, "currency": "EUR" }, "designatedIds": ["F-9"] }
                  ]
                },
                {
                  "debtor": { "id": "C-1", "name": "Twice", "kind": "Business", "country": "FR" },
                  "entries": []
                }
              ]
            }
            """);
        var run = CliRun.Of("run", "--portfolio", file);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("accounts.json:6: accounts[0].entries[0].dueDate:", run.Error, StringComparison.Ordinal);
        Assert.Contains("accounts.json:7: accounts[0].entries[1].designatedIds[0]: \"F-9\": payment P-1 designates an unknown invoice", run.Error, StringComparison.Ordinal);
        Assert.Contains("accounts.json:11: accounts[1].debtor.id: \"C-1\" is already the debtor of accounts[0]", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_names_its_line()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.File("broken.json", "{\n  \"accounts\": [\n    { \"debtor\": ,\n  ]\n}");
        var run = CliRun.Of("run", "--portfolio", file);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("broken.json:3:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invoices_import_from_a_french_csv_export()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.File("export.csv", """
            debtor_id;debtor_name;debtor_kind;country;email;invoice_id;issue_date;due_date;amount;currency;paid;paid_on
            C-1;"Durand; Fils & Cie";business;FR;compta@durand.example;F-1;10/01/2026;09/02/2026;1 234,56;EUR;;
            C-1;"Durand; Fils & Cie";business;FR;compta@durand.example;F-2;2026-02-10;2026-03-12;600,00;EUR;200,00;2026-03-20
            P-2;Léa Martin;consumer;FR;lea@example.org;A-1;2026-03-01;2026-03-31;89,90;;;
            """);
        var run = CliRun.Of("run", "--csv", file, "--date", "2026-04-15", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(2, json.GetProperty("accounts").GetInt32());
        var aging = json.GetProperty("aging")[0].GetProperty("total");
        Assert.Equal(1_234.56m + 400m + 89.90m, aging.GetProperty("amount").GetDecimal());
    }

    [Fact]
    public void A_us_csv_export_reads_with_its_date_format()
    {
        // 3/4/2026 is 4 March in a US export: the invoice is 42 days late on 15 April, not 12.
        using var directory = new TemporaryDirectory();
        var file = directory.File("export.csv", """
            debtor_id,debtor_name,invoice_id,issue_date,due_date,amount,currency
            C-1,Acme Inc.,F-1,2/2/2026,3/4/2026,1500.00,USD
            C-1,Acme Inc.,F-2,3/15/2026,4/14/2026,250.00,USD
            """);
        Assert.Equal(1, CliRun.Of("run", "--csv", file, "--date", "2026-04-15").ExitCode);

        var run = CliRun.Of("run", "--csv", file, "--date-format", "M/d/yyyy", "--date", "2026-04-15", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var buckets = JsonDocument.Parse(run.Out).RootElement.GetProperty("aging")[0].GetProperty("buckets").EnumerateArray()
            .ToDictionary(b => b.GetProperty("label").GetString()!, b => b.GetProperty("amount").GetProperty("amount").GetDecimal());
        Assert.Equal((1_500m, 250m), (buckets["31-60"], buckets["1-30"]));

        var refused = CliRun.Of("run", "--csv", file, "--date-format", "M/d/yyyy/%%");
        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith("error: --date-format: \"M/d/yyyy/%%\" is not a date pattern", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_csv_row_is_refused_with_its_line_and_column()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.File("export.csv", """
            debtor_id,debtor_name,invoice_id,issue_date,due_date,amount
            C-1,Durand,F-1,2026-01-10,2026-02-09,100.00
            C-1,Durand,F-2,2026-02-10,2026-13-12,abc
            C-1,Durand,F-1,2026-02-10,2026-03-12,50.00
            """);
        var run = CliRun.Of("run", "--csv", file);
        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains("export.csv:3: due_date: \"2026-13-12\" is not a date", run.Error, StringComparison.Ordinal);
        Assert.Contains("export.csv:3: amount: \"abc\" is not an amount", run.Error, StringComparison.Ordinal);
        Assert.Contains("export.csv:4: invoice_id:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_generated_portfolio_is_reproducible_complete_and_runs_with_a_progress_bar()
    {
        using var directory = new TemporaryDirectory();
        var first = directory.File("first.json");
        var second = directory.File("second.json");
        Assert.Equal(0, CliRun.Of("generate", "1200", "--out", first, "--seed", "7").ExitCode);
        Assert.Equal(0, CliRun.Of("--generate", "1200", "--out", second, "--seed", "7").ExitCode);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Equal(["first.json", "second.json"], Directory.GetFiles(directory.Path).Select(Path.GetFileName).Order());

        var run = CliRun.Of(showsProgress: true, "run", "--portfolio", first, "--details", "0");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("100% 1,200/1,200 accounts", run.Error, StringComparison.Ordinal);
        Assert.Contains("(1200 accounts) as of 2026-04-15", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("run", "--colour", "blue")]
    [InlineData("run", "--date", "15/04/2026")]
    [InlineData("run", "--format", "xml")]
    [InlineData("generate", "--out", "x.json")]
    [InlineData("generate", "0", "--out", "x.json")]
    [InlineData("run", "extra")]
    [InlineData("calendar", "GB", "2025")]
    [InlineData("calendar", "--year", "twenty")]
    [InlineData("calendar", "--year", "1700")]
    [InlineData("calendar", "--country", "XX")]
    [InlineData("plan", "--amount", "2400", "--capacity", "300", "--count", "3")]
    [InlineData("penalty", "--amount", "1 200 EUR", "--due", "2026-01-31")]
    [InlineData("penalty", "--amount", "100", "--due", "2026-01-31", "--payments", "200")]
    public void A_wrong_command_line_exits_with_the_usage_code_and_runs_nothing(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("\nUsage: recouvrement ", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Theory]
    [InlineData("calendr", "'calendr': did you mean 'calendar'?")]
    [InlineData("run --formt json", "'--formt': did you mean '--format'?")]
    [InlineData("calendar --contry GB", "'--contry': did you mean '--country'?")]
    public void A_misspelt_command_or_option_gets_a_suggestion(string line, string suggestion)
    {
        var run = CliRun.Of(line.Split(' '));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(suggestion, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_records_the_day_in_the_file_so_the_same_day_asks_for_nothing_and_the_next_goes_on()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.File("portfolio.json");
        File.WriteAllBytes(file, Portfolios.PortfolioSource.Demo());

        var first = CliRun.Of("run", "--portfolio", file, "--apply", "--format", "json");
        var again = CliRun.Of("run", "--portfolio", file, "--apply", "--format", "json");
        var nextDay = CliRun.Of("run", "--portfolio", file, "--apply", "--date", "2026-04-16", "--format", "json");

        Assert.Equal((0, 0, 0), (first.ExitCode, again.ExitCode, nextDay.ExitCode));
        Assert.Equal($"Applied to {file}: 52 case events, 52 charges, as of 2026-04-15\n", first.Error);
        Assert.Equal($"Applied to {file}: 0 case events, 0 charges, as of 2026-04-15\n", again.Error);
        Assert.DoesNotContain(Kinds(again), k => k is not ("PenaltiesHeld" or "CaseHeld" or "StepSkipped"));
        Assert.Equal($"Applied to {file}: 9 case events, 13 charges, as of 2026-04-16\n", nextDay.Error);

        // What was written reads back as a portfolio: the file only grew.
        var written = Portfolios.PortfolioFile.Read(file, File.ReadAllBytes(file));
        Assert.Empty(written.Errors);
        Assert.Equal(new NodaTime.LocalDate(2026, 4, 16), written.Portfolio!.AsOf);

        static IEnumerable<string?> Kinds(CliRun run)
            => JsonDocument.Parse(run.Out).RootElement.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("kind").GetString());
    }

    [Fact]
    public void Apply_needs_a_portfolio_file()
    {
        var run = CliRun.Of("run", "--apply");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--apply writes back into a --portfolio file", run.Error, StringComparison.Ordinal);
    }
}
