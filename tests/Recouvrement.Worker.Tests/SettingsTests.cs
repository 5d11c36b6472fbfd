using Microsoft.Extensions.Options;
using NodaTime;
using Recouvrement.Worker.Hosting;

namespace Recouvrement.Worker.Tests;

/// <summary>The worker's settings and command line: every problem named at once, with its path and value.</summary>
public sealed class SettingsTests
{
    [Fact]
    public async Task Every_bad_setting_is_named_at_start_at_once()
    {
        await using var worker = new WorkerHarness("Host=localhost", new Dictionary<string, string?>
        {
            ["Worker:RunAt"] = "25:00",
            ["Worker:TimeZone"] = "Mars/Olympus",
            ["Worker:PartitionSize"] = "0",
            ["Worker:Parallelism"] = "many",
            ["Worker:ClaimRetry"] = "0:00:00:00",
            ["Worker:PartitionSise"] = "100",
        });

        var failed = Assert.Throws<OptionsValidationException>(() => worker.Get<IOptions<WorkerOptions>>().Value);

        Assert.Equal(
        [
            "Worker:PartitionSise: is not a worker setting; the settings are RunAt, TimeZone, PartitionSize, Parallelism, Name, ClaimRetry, RetryAfterFailure",
            "Worker:RunAt = '25:00': is not a time of day as HH:mm",
            "Worker:TimeZone = 'Mars/Olympus': is not a time zone of the tz database, such as Europe/Paris",
            "Worker:Parallelism = 'many': is not a whole number",
            "Worker:PartitionSize = 0: must be from 1 to 100000 customers",
            "Worker:ClaimRetry = 0:00:00:00: must be more than zero and at most a day",
        ], failed.Failures);
    }

    [Fact]
    public async Task A_missing_connection_string_says_where_to_give_it()
    {
        await using var worker = new WorkerHarness(string.Empty);

        var failed = Assert.Throws<OptionsValidationException>(() => worker.Get<IOptions<WorkerOptions>>().Value);

        Assert.Contains("ConnectionStrings__Recouvrement", Assert.Single(failed.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_line_takes_once_a_date_and_a_seed()
    {
        var (command, errors) = WorkerCommand.Parse(["--once", "--date", "2026-03-02", "--seed", "500"]);

        Assert.Empty(errors);
        Assert.Equal(new WorkerCommand(true, new LocalDate(2026, 3, 2), 500, null), command);
    }

    [Fact]
    public void The_command_line_refuses_what_it_does_not_know_all_at_once()
    {
        var (command, errors) = WorkerCommand.Parse(["--date", "2 March", "--seed", "-3", "tomorrow"]);

        Assert.Null(command);
        Assert.Equal(
        [
            "--date '2 March': is not a date as yyyy-MM-dd",
            "--seed '-3': is not a number of accounts from 1 to 1000000",
            "'tomorrow' is not an option of the worker",
        ], errors);
    }

    [Fact]
    public async Task The_program_refuses_bad_settings_and_arguments_with_exit_code_2_naming_each()
    {
        using var settings = WorkerProcess.Start(["--once"], new Dictionary<string, string> { ["Worker__Parallelism"] = "0", ["Worker__RunAt"] = "noon" });
        using var arguments = WorkerProcess.Start(["--daily"], new Dictionary<string, string>());

        await settings.ExitsWithAsync(2);
        await arguments.ExitsWithAsync(2);
        Assert.Contains("error: Worker:RunAt = 'noon': is not a time of day as HH:mm", settings.Output, StringComparison.Ordinal);
        Assert.Contains("error: Worker:Parallelism = 0: must be from 1 to 64 partitions at once", settings.Output, StringComparison.Ordinal);
        Assert.Contains("error: '--daily' is not an option of the worker", arguments.Output, StringComparison.Ordinal);
    }
}
