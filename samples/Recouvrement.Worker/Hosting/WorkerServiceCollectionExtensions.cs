using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Recouvrement.Extensions;
using Recouvrement.Worker.Runs;
using Recouvrement.Worker.Telemetry;

namespace Recouvrement.Worker.Hosting;

/// <summary>Registers the worker: its settings checked at start, the PostgreSQL data source, every tenant's run, the hosted service.</summary>
internal static class WorkerServiceCollectionExtensions
{
    internal static IServiceCollection AddCollectionWorker(this IServiceCollection services, IConfiguration configuration, WorkerCommand command)
    {
        services.AddOptions<WorkerOptions>()
            .Configure(options =>
            {
                WorkerOptionsReader.Read(configuration, options);
                options.ConnectionString = command.ConnectionString ?? options.ConnectionString;
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<WorkerOptions>, WorkerOptionsValidator>();
        services.AddSingleton(WorkerTenants.Register(services, configuration));
        services.AddSingleton(sp =>
        {
            var builder = new NpgsqlDataSourceBuilder(sp.GetRequiredService<IOptions<WorkerOptions>>().Value.ConnectionString);

            // Each customer's write is the same few statements: prepared once per connection, unless the host says otherwise.
            if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
            {
                builder.ConnectionStringBuilder.MaxAutoPrepare = 32;
            }

            return builder.UseNodaTime().UseLoggerFactory(sp.GetRequiredService<ILoggerFactory>()).Build();
        });
        services.AddSingleton(RecouvrementJson.Configure(new JsonSerializerOptions()));
        services.AddSingleton<WorkerMetrics>();
        services.AddSingleton<DailyRun>();
        services.AddSingleton(command);
        services.AddHostedService<CollectionWorker>();
        return services;
    }
}
