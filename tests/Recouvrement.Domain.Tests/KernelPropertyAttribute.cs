using FsCheck.Xunit;

namespace Recouvrement.Domain.Tests;

/// <summary>
/// A property that runs its <see cref="MaxTest"/> cases, or a tenth of them (at least ten) when the
/// <c>RECOUVREMENT_MUTATION_RUN</c> environment variable is <c>1</c>: a mutation run executes the covering tests once per
/// mutant, and the properties are most of their time. Fewer cases can only let more mutants survive, so the score
/// measured that way is a lower bound of the suite's.
/// </summary>
public sealed class KernelPropertyAttribute : PropertyAttribute
{
    /// <summary>Initializes a new instance of the <see cref="KernelPropertyAttribute"/> class: FsCheck's 100 cases, scaled.</summary>
    public KernelPropertyAttribute() => base.MaxTest = MutationRun.Cases(100);

    /// <summary>Gets or sets the number of cases to run, scaled down on a mutation run.</summary>
    public new int MaxTest
    {
        get => base.MaxTest;
        set => base.MaxTest = MutationRun.Cases(value);
    }
}

/// <summary>Whether the tests run under Stryker with cheaper properties (see <see cref="KernelPropertyAttribute"/>).</summary>
internal static class MutationRun
{
    internal static bool IsOn { get; } = Environment.GetEnvironmentVariable("RECOUVREMENT_MUTATION_RUN") == "1";

    internal static int Cases(int cases) => IsOn ? Math.Max(10, cases / 10) : cases;
}
