using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using Npgsql;
using Recouvrement.Worker.Database;
using Recouvrement.Worker.Demo;
using Recouvrement.Worker.Runs;
using Recouvrement.Worker.Telemetry;

namespace Recouvrement.Worker.Hosting;

/// <summary>
/// The hosted service: brings the schema up to date, then runs every tenant's day — once, or every day at
/// <see cref="WorkerOptions.RunAt"/>. A day that fails (the database gone) is tried again after
/// <see cref="WorkerOptions.RetryAfterFailure"/>, and resumes where it stopped.
/// </summary>
internal sealed class CollectionWorker(
    WorkerCommand command,
    DailyRun daily,
    WorkerTenants tenants,
    NpgsqlDataSource database,
    IOptions<WorkerOptions> options,
    System.Text.Json.JsonSerializerOptions json,
    IClock clock,
    IHostApplicationLifetime lifetime,
    ILogger<CollectionWorker> logger) : BackgroundService
{
    private readonly WorkerOptions settings = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var found = await Schema.EnsureAsync(database, stoppingToken).ConfigureAwait(false);
            Log.SchemaReady(logger, Migrations.Current, found);
            if (command.Seed > 0)
            {
                await SeedAsync(command.Date ?? Today(), stoppingToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or NpgsqlException)
        {
            Log.CannotStart(logger, e);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
            return;
        }

        if (command.Once)
        {
            Environment.ExitCode = await RunDayAsync(command.Date ?? Today(), stoppingToken).ConfigureAwait(false) ? 0 : 1;
            lifetime.StopApplication();
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetCurrentInstant().InZone(settings.TimeZone);
            var next = DailySchedule.Next(now, settings.RunAt);
            if (DailySchedule.IsDue(now, settings.RunAt) && !await RunDayAsync(now.Date, stoppingToken).ConfigureAwait(false))
            {
                next = clock.GetCurrentInstant().Plus(settings.RetryAfterFailure).InZone(settings.TimeZone);
            }

            Log.Sleeping(logger, next);
            var wait = next.ToInstant() - clock.GetCurrentInstant();
            await Task.Delay(wait > Duration.Zero ? wait.ToTimeSpan() : TimeSpan.Zero, stoppingToken).ConfigureAwait(false);
        }
    }

    private LocalDate Today() => clock.GetCurrentInstant().InZone(settings.TimeZone).Date;

    /// <summary>Runs the day for every tenant; one tenant's failure — the database gone, a bug — does not stop the others.</summary>
    /// <returns>Whether every tenant's day finished.</returns>
    private async Task<bool> RunDayAsync(LocalDate date, CancellationToken cancellationToken)
    {
        var finished = true;
        foreach (var tenant in tenants.Names)
        {
            try
            {
                await daily.RunAsync(tenant, date, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                Log.DayFailed(logger, e, tenant, date);
                finished = false;
            }
        }

        return finished;
    }

    private async Task SeedAsync(LocalDate date, CancellationToken cancellationToken)
    {
        foreach (var tenant in tenants.Names)
        {
            if (!await ErpTables.HasCustomersAsync(database, tenant, cancellationToken).ConfigureAwait(false))
            {
                var ledger = DemoLedger.Generate(command.Seed, seed: 1, date.PlusDays(-365), date, json);
                await ErpTables.InsertAsync(database, tenant, ledger, cancellationToken).ConfigureAwait(false);
                Log.Seeded(logger, tenant, command.Seed, date);
            }
        }
    }
}
