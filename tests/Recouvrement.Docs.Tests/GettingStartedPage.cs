using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Recouvrement.Extensions;
using Recouvrement.Plans;
using Recouvrement.Scheduling;

namespace Recouvrement.Docs.Tests;

/// <summary>The ASP.NET sample of docs/getting-started.md: built, its services resolved, not served.</summary>
public class GettingStartedPage
{
    [Fact]
    public async Task An_aspnet_api_wired_in_a_few_lines()
    {
        // begin-snippet: aspnet
        var builder = WebApplication.CreateBuilder();
        builder.Services.AddRecouvrement(builder.Configuration.GetSection("Recouvrement"));
        builder.Services.ConfigureHttpJsonOptions(o => RecouvrementJson.Configure(o.SerializerOptions)); // money, dates, cases

        var app = builder.Build();
        app.MapPost("/plans", (PlanRequest request) =>
        {
            var plan = PaymentPlanCalculator.Calculate(request);   // a Result: every problem of the request at once
            return plan.IsSuccess
                ? Results.Ok(plan.Value)
                : Results.ValidationProblem(plan.ValidationErrors.GroupBy(e => e.Identifier).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray()));
        });
        // end-snippet

        await using (app)
        {
            Assert.NotNull(app.Services.GetRequiredService<CollectionRun>());
        }
    }
}
