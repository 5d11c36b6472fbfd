using System;
using System.Runtime.CompilerServices;

namespace Recouvrement.Testing;

/// <summary>
/// Under CI a missing snapshot must fail, never be silently created: Snapshooter's strict mode does exactly that.
/// Locally a new snapshot is written for review and commit.
/// </summary>
internal static class SnapshotStrictMode
{
    [ModuleInitializer]
    internal static void EnableUnderCi()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Environment.SetEnvironmentVariable("SNAPSHOOTER_STRICT_MODE", "true");
        }
    }
}
