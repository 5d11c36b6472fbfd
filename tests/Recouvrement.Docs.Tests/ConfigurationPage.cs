using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using Recouvrement.Extensions;
using Recouvrement.Scheduling;

namespace Recouvrement.Docs.Tests;

/// <summary>
/// What the worker program of docs/configuration.md and docs/getting-started.md wires. That program is compiled, not
/// run (<see cref="SnippetTests"/>): its host prints the machine's paths and today's date.
/// </summary>
public class ConfigurationPage
{
    [Fact]
    public async Task A_worker_wired_in_a_few_lines()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddRecouvrement(builder.Configuration.GetSection("Recouvrement"));
        builder.Services.AddRecouvrement("acme", o => o.DefaultLadder = "BusinessKeyAccount");
        using var host = builder.Build();
        await host.StartAsync();

        var run = host.Services.GetRequiredService<CollectionRun>();
        var clock = host.Services.GetRequiredService<IClock>();
        var home = host.Services.GetRequiredService<RecouvrementSetup>();
        var acme = host.Services.GetRequiredKeyedService<RecouvrementSetup>("acme");
        var runDate = clock.GetCurrentInstant().InZone(home.TimeZone).Date;

        Assert.Equal(clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Paris"]).Date, runDate);
        Assert.Empty(run.Execute([], runDate));
        Assert.Equal("Business, key account", acme.Ladders.Default.Name);
        Assert.NotSame(run, host.Services.GetRequiredKeyedService<CollectionRun>("acme"));
        await host.StopAsync();
    }
}
