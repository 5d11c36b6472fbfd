using FsCheck.Xunit;

namespace Recouvrement.Fuzz.Tests;

/// <summary>
/// A fuzz property: <see cref="DefaultRuns"/> cases from a fixed seed, so the default run is quick and a failure
/// reproduces as is. <c>RECOUVREMENT_FUZZ_RUNS</c> raises the number of cases (the CI runs more);
/// <c>RECOUVREMENT_FUZZ_SEED</c> replays another seed (FsCheck prints it on a failure, e.g. <c>(123,457)</c>), or
/// <c>random</c> explores from a new seed on every run.
/// </summary>
public sealed class FuzzAttribute : PropertyAttribute
{
    /// <summary>Enough cases to reach every edge value of the generators a few times, within seconds per property.</summary>
    public const int DefaultRuns = 300;

    // Any fixed pair does; the second number must be odd (FsCheck's random generator needs an odd increment).
    private const string FixedSeed = "(202627,1027)";

    public FuzzAttribute()
    {
        MaxTest = int.TryParse(Environment.GetEnvironmentVariable("RECOUVREMENT_FUZZ_RUNS"), out var runs) && runs > 0 ? runs : DefaultRuns;
        var seed = Environment.GetEnvironmentVariable("RECOUVREMENT_FUZZ_SEED");
        if (!string.Equals(seed, "random", StringComparison.OrdinalIgnoreCase))
        {
            Replay = string.IsNullOrWhiteSpace(seed) ? FixedSeed : seed;
        }

        QuietOnSuccess = true;
    }
}
