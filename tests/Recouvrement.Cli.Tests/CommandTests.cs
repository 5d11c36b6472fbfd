using System.Text.Json;
using Snapshooter;
using Snapshooter.Xunit;

namespace Recouvrement.Cli.Tests;

public class CommandTests
{
    [Fact]
    public void Penalty_explains_one_invoice_with_two_partial_payments_in_french()
    {
        var run = CliRun.Of("penalty", "--invoice", "FA-2024-031", "--amount", "10000", "--due", "2024-03-31", "--as-of", "2026-03-31", "--payments", "2024-09-30=3000,2025-06-30=2000", "--lang", "fr");
        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Out);
    }

    [Fact]
    public void Penalty_refuses_a_consumer_under_a_rule_between_businesses()
    {
        var run = CliRun.Of("penalty", "--amount", "100", "--due", "2026-01-31", "--debtor", "consumer", "--rule", "france-business");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("consumer", run.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Penalty_applies_the_rule_of_the_debtors_law_and_kind()
    {
        // R2192-31 and D2192-35 for a French public buyer: ECB + 8 points fixed at the half-year, €40 — 231.03, not the business rate's 276.55.
        var publicBuyer = CliRun.Of("penalty", "--amount", "12400", "--due", "2026-02-07", "--debtor", "public-authority", "--format", "json");
        Assert.Equal(0, publicBuyer.ExitCode);
        var json = JsonDocument.Parse(publicBuyer.Out).RootElement;
        Assert.Equal((231.03m, 40m), (json.GetProperty("interest").GetProperty("amount").GetDecimal(), json.GetProperty("compensation").GetProperty("amount").GetDecimal()));
        Assert.Contains("R2192-31", json.GetProperty("legalSource").GetString(), StringComparison.Ordinal);

        var english = CliRun.Of("penalty", "--amount", "100", "--due", "2026-01-31", "--law", "GB", "--debtor", "consumer");
        Assert.Equal((1, true), (english.ExitCode, english.Error.Contains("England and Wales gives no statutory late-payment interest to a consumer debtor", StringComparison.Ordinal)));
        Assert.Contains("--law \"XX\" has no jurisdiction profile: AT,", CliRun.Of("penalty", "--amount", "100", "--due", "2026-01-31", "--law", "XX").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_by_count_sums_exactly_and_by_capacity_ranks_proposals()
    {
        var count = CliRun.Of("plan", "--amount", "1000", "--count", "3", "--format", "json");
        Assert.Equal(0, count.ExitCode);
        var instalments = JsonDocument.Parse(count.Out).RootElement.GetProperty("instalments").EnumerateArray();
        Assert.Equal(1000m, instalments.Sum(i => i.GetProperty("amount").GetProperty("amount").GetDecimal()));

        var capacity = CliRun.Of("plan", "--amount", "2400", "--capacity", "300", "--country", "FR");
        Assert.Equal(0, capacity.ExitCode);
        Assert.Contains("Proposal #1 (shortest):", capacity.Out, StringComparison.Ordinal);

        Assert.Equal(2, CliRun.Of("plan", "--amount", "2400").ExitCode);
        Assert.Equal(1, CliRun.Of("plan", "--amount", "2400", "--count", "0").ExitCode);
    }

    [Fact]
    public void Calendar_lists_the_holidays_and_business_days_of_a_year()
    {
        var run = CliRun.Of("calendar", "--country", "FR", "--year", "2026");
        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Out);
        Assert.Contains("2026-05-01   vendredi   Fête du Travail", CliRun.Of("calendar", "--lang", "fr").Out, StringComparison.Ordinal);
        var json = JsonDocument.Parse(CliRun.Of("calendar", "--country", "DE", "--year", "2026", "--format", "json").Out).RootElement;
        Assert.Equal(9, json.GetProperty("holidays").GetArrayLength());
    }

    [Fact]
    public void Classify_reads_signals_from_a_file_and_a_bad_one_names_its_line()
    {
        using var directory = new TemporaryDirectory();
        var good = directory.File("signals.json", """
            [
              { "type": "DirectDebitReturned", "date": "2026-03-05", "code": "AM04" },
              { "type": "DeclaredReason", "date": "2026-03-20", "reason": "JobLoss" }
            ]
            """);
        var run = CliRun.Of("classify", "--signals", good, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("JobLoss", JsonDocument.Parse(run.Out).RootElement.GetProperty("reason").GetString());

        var bad = directory.File("bad.json", """
            [
              { "type": "DirectDebitReturned", "date": "2026-03-05", "code": "AM04" },
              { "type": "DeclaredReason", "date": "2026-03-20",
                "reason": "Boredom" }
            ]
            """);
        var refused = CliRun.Of("classify", "--signals", bad);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("bad.json:4: [1].reason: \"Boredom\" is not a UnpaidReason", refused.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("run")]
    [InlineData("penalty")]
    [InlineData("plan")]
    [InlineData("classify")]
    [InlineData("calendar")]
    [InlineData("generate")]
    public void Every_command_explains_its_options(string command)
    {
        var run = CliRun.Of([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"recouvrement {command}", run.Out, StringComparison.Ordinal);
        Snapshot.Match(run.Out, SnapshotNameExtension.Create(command.Length == 0 ? "recouvrement" : command));
    }
}
