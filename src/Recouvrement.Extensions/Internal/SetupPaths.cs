using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Options;

namespace Recouvrement.Extensions.Internal;

/// <summary>The configuration path of each named options instance, for the validation messages; one per service collection.</summary>
internal sealed class SetupPaths
{
    internal ConcurrentDictionary<string, string> ByName { get; } = new();

    internal string Of(string name) => ByName.TryGetValue(name, out var path) ? path : RecouvrementOptions.SectionName;

    /// <summary>
    /// Builds the options of the default and of every tenant, and throws one <see cref="OptionsValidationException"/>
    /// listing all their problems: two failing tenants are reported together, not as an <see cref="AggregateException"/>.
    /// </summary>
    internal void CheckAll(IOptionsMonitor<RecouvrementOptions> monitor)
    {
        var failures = new List<string>();
        var names = ByName.Keys.OrderBy(n => n, StringComparer.Ordinal).ToList();
        foreach (var name in names)
        {
            try
            {
                _ = monitor.Get(name);
            }
            catch (OptionsValidationException e)
            {
                failures.AddRange(e.Failures);
            }
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(string.Join(", ", names), typeof(RecouvrementOptions), failures);
        }
    }

    /// <summary>What <see cref="CheckAll"/> is run for at start: nothing but the check.</summary>
    internal sealed class AllChecked
    {
    }
}
