using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Recouvrement.Extensions;
using Recouvrement.Scheduling;

namespace Recouvrement.Docs.Tests;

/// <summary>
/// What the ASP.NET program of docs/getting-started.md wires: built, its services resolved, not served. The program is
/// compiled, not run (<see cref="SnippetTests"/>): it serves until stopped.
/// </summary>
public class GettingStartedPage
{
    [Fact]
    public async Task An_aspnet_api_wired_in_a_few_lines()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Services.AddRecouvrement(builder.Configuration.GetSection("Recouvrement"));
        builder.Services.ConfigureHttpJsonOptions(o => RecouvrementJson.Configure(o.SerializerOptions));
        await using var app = builder.Build();

        Assert.NotNull(app.Services.GetRequiredService<CollectionRun>());
    }
}
