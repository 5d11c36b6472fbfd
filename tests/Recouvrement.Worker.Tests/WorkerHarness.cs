using System.Diagnostics.Metrics;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using NodaTime;
using Npgsql;
using Recouvrement.Worker.Database;
using Recouvrement.Worker.Demo;
using Recouvrement.Worker.Hosting;
using Recouvrement.Worker.Runs;
using Recouvrement.Worker.Telemetry;

namespace Recouvrement.Worker.Tests;

/// <summary>The worker's services as its host wires them, in-process, over one test database.</summary>
internal sealed class WorkerHarness : IAsyncDisposable
{
    private readonly ServiceProvider services;

    internal WorkerHarness(string connectionString, IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Recouvrement"] = connectionString,
                ["Worker:PartitionSize"] = "100",
                ["Worker:Parallelism"] = "2",
                ["Worker:Name"] = "test",
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        services = new ServiceCollection()
            .AddLogging()
            .AddMetrics()
            .AddSingleton<IHostApplicationLifetime, ApplicationLifetime>()
            .AddCollectionWorker(configuration, new WorkerCommand(Once: true, Date: null, Seed: 0, ConnectionString: null))
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    internal NpgsqlDataSource Database => services.GetRequiredService<NpgsqlDataSource>();

    internal JsonSerializerOptions Json => services.GetRequiredService<JsonSerializerOptions>();

    internal T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    internal Task<int> MigrateAsync() => Schema.EnsureAsync(Database, CancellationToken.None);

    internal Task InsertAsync(DemoLedger rows, string tenant = "default") => ErpTables.InsertAsync(Database, tenant, rows, CancellationToken.None);

    internal Task<DayTally> RunAsync(LocalDate date, string tenant = "default", CancellationToken cancellationToken = default)
        => services.GetRequiredService<DailyRun>().RunAsync(tenant, date, cancellationToken);

    /// <summary>
    /// Runs the day and stops it, as a crash would, once <paramref name="after"/> customers have been stored — between two
    /// customers: the worker's own metric says when.
    /// </summary>
    internal async Task CrashAsync(LocalDate date, int after)
    {
        using var crash = new CancellationTokenSource();
        using var listener = new MeterListener();
        var stored = 0;
        var meters = services.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == meters && instrument.Name == "recouvrement.worker.entries")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "recouvrement.outcome" && (string?)tag.Value == "stored" && Interlocked.Increment(ref stored) == after)
                {
                    crash.Cancel();
                }
            }
        });
        listener.Start();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunAsync(date, cancellationToken: crash.Token));
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
