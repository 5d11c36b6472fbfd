using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using Recouvrement.Extensions;
using Recouvrement.Scheduling;

namespace Recouvrement.Docs.Tests;

/// <summary>The samples of docs/configuration.md.</summary>
public class ConfigurationPage
{
    [Fact]
    public async Task A_worker_wired_in_a_few_lines()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });

        // begin-snippet: add-recouvrement
        builder.Services.AddRecouvrement(builder.Configuration.GetSection("Recouvrement"));   // or AddRecouvrement(o => …)
        builder.Services.AddRecouvrement("acme", o => o.DefaultLadder = "BusinessKeyAccount"); // a tenant, keyed "acme"

        using var host = builder.Build();
        await host.StartAsync();                                  // a configuration mistake fails here, every one named

        var run = host.Services.GetRequiredService<CollectionRun>();
        var clock = host.Services.GetRequiredService<IClock>();   // the registered TimeProvider, else the system clock
        var acme = host.Services.GetRequiredKeyedService<CollectionRun>("acme");

        // The kernel never reads the clock: the host turns "now" into the run date, in the creditor's time zone.
        var runDate = clock.GetCurrentInstant().InZone(host.Services.GetRequiredService<RecouvrementSetup>().TimeZone).Date;
        // end-snippet

        Assert.NotSame(run, acme);
        Assert.NotNull(clock);
        Assert.Equal(clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Paris"]).Date, runDate);
        await host.StopAsync();
    }
}
