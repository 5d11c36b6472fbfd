using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Recouvrement.Scheduling;

namespace Recouvrement.Extensions.Tests;

/// <summary>A configuration value outside what the library supports is refused at start, by its path, never crashes.</summary>
public class ConfigurationLimitsTests
{
    private static IReadOnlyList<string> Failures(string json)
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        using var provider = new ServiceCollection().AddRecouvrement(configuration.GetSection("Recouvrement")).BuildServiceProvider();
        return [.. Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<CollectionRun>()).Failures];
    }

    [Theory]
    [InlineData("Consumer", "FranceBusiness", "the French B2B rule does not apply to a consumer")]
    [InlineData("Consumer", "EuDirective", "covers commercial transactions only, not consumers")]
    [InlineData("Consumer", "UnitedKingdom", "the Late Payment Act covers business-to-business debts only")]
    [InlineData("Business", "SpainConsumer", "is the consumers' rule")]
    [InlineData("Business", "FrancePublicBuyer", "applies to public buyers only")]
    [InlineData("PublicAuthority", "BelgiumConsumer", "is the consumers' rule")]
    public void A_rule_for_another_kind_of_debtor_is_refused_by_its_key(string key, string rule, string why)
    {
        var failure = Assert.Single(Failures($$"""{ "Recouvrement": { "Penalties": { "{{key}}": "{{rule}}" } } }"""));
        Assert.StartsWith($"Recouvrement:Penalties:{key} = \"{rule}\": is not a rule for", failure, StringComparison.Ordinal);
        Assert.Contains(why, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_for_the_right_kind_of_debtor_is_accepted()
    {
        using var provider = new ServiceCollection()
            .AddRecouvrement(o => (o.Penalties.Consumer, o.Penalties.PublicAuthority, o.Penalties.Business) = ("Germany", "FrancePublicBuyer", "EuDirective"))
            .BuildServiceProvider();
        Assert.NotNull(provider.GetRequiredService<CollectionRun>());
    }

    [Fact]
    public void A_negative_minimum_interest_posting_is_reported_under_its_own_path()
    {
        var failure = Assert.Single(Failures("""{ "Recouvrement": { "Penalties": { "MinimumInterestPosting": -1 } } }"""));
        Assert.Equal("Recouvrement:Penalties:MinimumInterestPosting = -1: must not be negative", failure);
    }

    [Fact]
    public void Batch_size_and_threads_are_each_reported_under_their_own_path()
    {
        Assert.Equal(
            ["Recouvrement:Run:BatchSize = 0: must be at least 1 entry per batch", "Recouvrement:Run:MaxDegreeOfParallelism = 0: must be at least 1 thread"],
            Failures("""{ "Recouvrement": { "Run": { "BatchSize": 0, "MaxDegreeOfParallelism": 0 } } }"""));
    }

    [Theory]
    [InlineData(1_201)]
    [InlineData(1_000_000)]
    [InlineData(int.MaxValue)]
    public void A_plan_longer_than_the_kernel_supports_is_refused_at_start_by_the_kernels_limit(int months)
    {
        Assert.Contains(
            $"Recouvrement:Plans:MaxMonths = {months}: must be between 1 and {Plans.PlanLimits.MaxMonths}",
            Failures($$"""{ "Recouvrement": { "Plans": { "MaxMonths": {{months}} } } }"""));
    }

    [Fact]
    public void A_rate_confirmed_to_the_calendars_last_day_is_accepted_and_carried_to_the_run_date()
    {
        var json = """{ "Recouvrement": { "Penalties": { "Rates": { "Ecb": { "ConfirmedUntil": "9999-12-31" } } } } }""";
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        using var provider = new ServiceCollection().AddRecouvrement(configuration.GetSection("Recouvrement")).BuildServiceProvider();
        var run = provider.GetRequiredService<CollectionRun>();

        Assert.Equal(new NodaTime.LocalDate(9999, 12, 31), run.Options.RatesConfirmedUntil[Penalties.ReferenceRates.EcbMainRefinancingRate.Name]);
    }
}
