using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Recouvrement.Extensions;
using Recouvrement.Scheduling;

namespace Recouvrement.Worker.Hosting;

/// <summary>
/// The tenants the worker runs for: each section under <c>Recouvrement:Tenants</c> (its rows carry its name as
/// <c>tenant_id</c>, its collection run is configured by its section), or one tenant named <c>default</c> configured by
/// the <c>Recouvrement</c> section when there are none.
/// </summary>
internal sealed class WorkerTenants
{
    private readonly bool keyed;

    private WorkerTenants(IReadOnlyList<string> names, bool keyed) => (Names, this.keyed) = (names, keyed);

    internal IReadOnlyList<string> Names { get; }

    /// <summary>Registers Recouvrement for every tenant the configuration names.</summary>
    internal static WorkerTenants Register(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Recouvrement");
        var tenants = section.GetSection("Tenants").GetChildren().ToList();
        if (tenants.Count == 0)
        {
            services.AddRecouvrement(section);
            return new WorkerTenants([ObservedCollectionRun.DefaultTenant], keyed: false);
        }

        foreach (var tenant in tenants)
        {
            services.AddRecouvrement(tenant.Key, tenant);
        }

        return new WorkerTenants([.. tenants.Select(t => t.Key)], keyed: true);
    }

    /// <summary>The tenant's collection run, as its options configure it.</summary>
    internal CollectionRun Run(IServiceProvider services, string tenant)
        => keyed ? services.GetRequiredKeyedService<CollectionRun>(tenant) : services.GetRequiredService<CollectionRun>();
}
