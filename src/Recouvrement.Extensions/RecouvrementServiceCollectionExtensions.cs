using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using Recouvrement.Calendars;
using Recouvrement.Cases;
using Recouvrement.Escalation;
using Recouvrement.Jurisdictions;
using Recouvrement.Reasons;
using Recouvrement.Extensions.Internal;
using Recouvrement.Scheduling;

namespace Recouvrement.Extensions;

/// <summary>
/// Registers Recouvrement in a service collection: the options (bound, checked at start-up with every problem named by
/// its configuration path), the <see cref="RecouvrementSetup"/> they build and each of its parts, and the clock.
/// </summary>
/// <remarks>
/// Everything is added with <c>TryAdd</c>, so a host replaces any part by registering its own first — the registered
/// <see cref="CollectionRun"/> is composed of the registered ladders, decider, classifier and
/// <see cref="IPenaltyRuleSelector"/>, and the classifier applies every <see cref="IReasonRule"/> the host registered; calling a method
/// twice adds no service twice, and the configurations apply in order, as <c>services.Configure</c> does. A tenant's services are keyed by the tenant's name
/// (<c>[FromKeyedServices("acme")] CollectionRun run</c>); its options are the named options of that name.
/// </remarks>
public static class RecouvrementServiceCollectionExtensions
{
    /// <summary>Adds Recouvrement with the default options: France, the shipped ladders, France B2B penalties.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddRecouvrement(this IServiceCollection services)
        => Register(services, null, RecouvrementOptions.SectionName, _ => { });

    /// <summary>Adds Recouvrement, configured in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddRecouvrement(this IServiceCollection services, Action<RecouvrementOptions> configure)
        => Register(services, null, RecouvrementOptions.SectionName, builder => builder.Configure(configure ?? throw new ArgumentNullException(nameof(configure))));

    /// <summary>Adds Recouvrement, bound from a configuration section (usually <c>configuration.GetSection("Recouvrement")</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddRecouvrement(this IServiceCollection services, IConfiguration configuration)
        => Register(services, null, PathOf(configuration), builder => builder.Configure(options => Read(configuration, options)));

    /// <summary>Adds a tenant's Recouvrement, configured in code: its services are keyed by <paramref name="tenant"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="tenant">The tenant's name.</param>
    /// <param name="configure">Sets the tenant's options.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddRecouvrement(this IServiceCollection services, string tenant, Action<RecouvrementOptions> configure)
        => Register(services, tenant, $"{RecouvrementOptions.SectionName}:Tenants:{tenant}", builder => builder.Configure(configure ?? throw new ArgumentNullException(nameof(configure))));

    /// <summary>Adds a tenant's Recouvrement, bound from its configuration section: its services are keyed by <paramref name="tenant"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="tenant">The tenant's name.</param>
    /// <param name="configuration">The tenant's section.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddRecouvrement(this IServiceCollection services, string tenant, IConfiguration configuration)
        => Register(services, tenant, PathOf(configuration), builder => builder.Configure(options => Read(configuration, options)));

    private static void Read(IConfiguration configuration, RecouvrementOptions options) => new ConfigurationReader(options.BindingErrors).Read(configuration, options);

    private static string PathOf(IConfiguration configuration)
        => (configuration ?? throw new ArgumentNullException(nameof(configuration))) is IConfigurationSection section ? section.Path : RecouvrementOptions.SectionName;

    private static IServiceCollection Register(IServiceCollection services, string? tenant, string path, Action<OptionsBuilder<RecouvrementOptions>> bind)
    {
        _ = services ?? throw new ArgumentNullException(nameof(services));
        if (tenant is not null && string.IsNullOrWhiteSpace(tenant))
        {
            throw new ArgumentException("A tenant needs a name.", nameof(tenant));
        }

        var name = tenant ?? Options.DefaultName;
        var paths = services.FirstOrDefault(d => d.ServiceType == typeof(SetupPaths))?.ImplementationInstance as SetupPaths;
        if (paths is null)
        {
            paths = new SetupPaths();
            services.AddSingleton(paths);

            // One check at start for the default and every tenant, so that all their problems come out in one exception.
            services.AddOptions<SetupPaths.AllChecked>().Configure<IOptionsMonitor<RecouvrementOptions>, SetupPaths>((_, monitor, registered) => registered.CheckAll(monitor)).ValidateOnStart();
        }

        // Configurations add up, in order, as with services.Configure; the services below are added once.
        var builder = services.AddOptions<RecouvrementOptions>(name);
        bind(builder);
        paths.ByName.TryAdd(name, path);

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RecouvrementOptions>, RecouvrementOptionsValidator>());
        services.TryAddSingleton<IClock>(sp => sp.GetService<TimeProvider>() is { } time ? new TimeProviderClock(time) : SystemClock.Instance);
        // A null key registers the default, unkeyed services: one list of parts serves the default and every tenant.
        object? key = tenant;
        services.TryAddKeyedSingleton(key, (sp, _) => Build(sp, name));
        services.TryAddKeyedSingleton(key, (sp, k) => sp.GetRequiredKeyedService<RecouvrementSetup>(k).Jurisdictions);
        services.TryAddKeyedSingleton(key, (sp, k) => sp.GetRequiredKeyedService<RecouvrementSetup>(k).Ladders);
        services.TryAddKeyedSingleton(key, (sp, k) => sp.GetRequiredKeyedService<RecouvrementSetup>(k).Decider);
        services.TryAddKeyedSingleton(key, (sp, k) => sp.GetRequiredKeyedService<RecouvrementSetup>(k).Classifier);
        services.TryAddKeyedSingleton<IBusinessCalendar>(key, (sp, k) => sp.GetRequiredKeyedService<RecouvrementSetup>(k).Calendar);
        services.TryAddKeyedSingleton(key, (sp, k) => sp.GetRequiredKeyedService<RecouvrementSetup>(k).Plans);
        services.TryAddKeyedSingleton(key, (sp, k) => sp.GetRequiredKeyedService<RecouvrementSetup>(k).Penalties);
        services.TryAddKeyedSingleton(key, (sp, k) => Compose(sp, k));
        services.TryAddKeyedSingleton(key, (sp, k) => new ObservedCollectionRun(sp.GetRequiredKeyedService<CollectionRun>(k), Logger(sp), tenant));

        return services;
    }

    /// <summary>
    /// The options' run, with whichever of its parts the host replaced: the jurisdictions, the home jurisdiction's ladders,
    /// the decider, the classifier, the penalty rules (which then take the place of every profile's).
    /// </summary>
    private static CollectionRun Compose(IServiceProvider services, object? key)
    {
        var setup = services.GetRequiredKeyedService<RecouvrementSetup>(key);
        var (jurisdictions, ladders, decider, classifier, penalties) = (
            services.GetRequiredKeyedService<JurisdictionRegistry>(key),
            services.GetRequiredKeyedService<LadderSelection>(key),
            services.GetRequiredKeyedService<CaseDecider>(key),
            services.GetRequiredKeyedService<ReasonClassifier>(key),
            services.GetRequiredKeyedService<IPenaltyRuleSelector>(key));
        if (ReferenceEquals(jurisdictions, setup.Jurisdictions) && ReferenceEquals(ladders, setup.Ladders) && ReferenceEquals(decider, setup.Decider)
            && ReferenceEquals(classifier, setup.Classifier) && ReferenceEquals(penalties, setup.Penalties))
        {
            return setup.Run;
        }

        var problems = new List<string>();
        if (!ReferenceEquals(ladders, setup.Ladders) && jurisdictions.With(setup.Jurisdiction with { Ladders = ladders }) is var withLadders)
        {
            problems.AddRange(withLadders.ValidationErrors.Select(e => e.ErrorMessage));
            jurisdictions = withLadders.IsSuccess ? withLadders.Value : jurisdictions;
        }

        var composed = CollectionRun.Create(setup.Run.Options with
        {
            Jurisdictions = jurisdictions,
            Ladders = ladders,
            Decider = decider,
            Classifier = classifier,
            PenaltyRuleFor = ReferenceEquals(penalties, setup.Penalties) ? null : penalties.RuleFor,
        });
        problems.AddRange(composed.ValidationErrors.Select(e => e.ErrorMessage));
        return problems.Count == 0
            ? composed.Value
            : throw new InvalidOperationException("The collection run refuses the parts registered: " + string.Join("; ", problems));
    }

    /// <summary>The host's logger, or none when the host registered no logging.</summary>
    private static ILogger<ObservedCollectionRun> Logger(IServiceProvider services)
        => services.GetService<ILogger<ObservedCollectionRun>>() ?? NullLogger<ObservedCollectionRun>.Instance;

    /// <summary>Builds from the validated options: reading them runs the validation, which throws with every problem.</summary>
    private static RecouvrementSetup Build(IServiceProvider services, string name)
    {
        var options = services.GetRequiredService<IOptionsMonitor<RecouvrementOptions>>().Get(name);
        var paths = services.GetRequiredService<SetupPaths>();
        // The host's own reason rules, registered as IReasonRule (keyed by the tenant's name for a tenant).
        var rules = services.GetKeyedServices<IReasonRule>(name == Options.DefaultName ? null : name);
        return new SetupBuilder(options, paths.Of(name)).Build(rules)
            ?? throw new InvalidOperationException("Recouvrement options changed after they were validated.");
    }
}
