using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Recouvrement.Scheduling.Tests.RunFixtures;

namespace Recouvrement.Scheduling.Tests;

public class CollectionRunProperties
{
    private static readonly string[] Expected = Actions(Portfolio());

    private static string[] Actions(IEnumerable<PortfolioEntry> portfolio, int batchSize = 1024)
        => [.. Run(o => o with { BatchSize = batchSize }).Execute(portfolio, RunDate).Select(a => a.ToString()).Order(StringComparer.Ordinal)];

    [Property(MaxTest = 50)]
    public Property A_shuffled_portfolio_in_any_batch_size_yields_the_same_actions()
        => Prop.ForAll(
            Gen.Shuffle(Portfolio()).Zip(Gen.Choose(1, 8)).ToArbitrary(),
            shuffled => Assert.Equal(Expected, Actions(shuffled.Item1, shuffled.Item2)));
}
