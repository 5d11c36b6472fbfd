using System.Collections.Concurrent;

namespace Recouvrement.Extensions.Internal;

/// <summary>The configuration path of each named options instance, for the validation messages; one per service collection.</summary>
internal sealed class SetupPaths
{
    internal ConcurrentDictionary<string, string> ByName { get; } = new();

    internal string Of(string name) => ByName.TryGetValue(name, out var path) ? path : RecouvrementOptions.SectionName;
}
