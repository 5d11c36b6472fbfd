namespace Recouvrement.Fuzz.Tests.Findings;

/// <summary>What the money fuzz properties found, each input as the fuzzer gave it.</summary>
public sealed class MoneyFindings
{
    [Fact]
    public void Splitting_the_largest_amount_in_one_part_gives_it_back()
    {
        // decimal.MaxValue minor units is within the documented range; the unused "one more unit" overflowed.
        var total = new Money(decimal.MaxValue, Currency.XXX);

        var split = MoneyAllocation.Split(total, 1, RemainderPlacement.Last);

        Assert.True(split.IsSuccess);
        Assert.Equal([total], split.Value.Parts);
        Assert.Equal([total], total.Split(1));
    }

    [Fact]
    public void Allocating_the_largest_amount_in_four_equal_parts_loses_nothing()
    {
        // Found at 5,000 cases: each quarter rounds up at 28 digits, and the floors summed past decimal.MaxValue.
        var total = new Money(decimal.MaxValue, Currency.XXX);

        var allocated = MoneyAllocation.ByWeights(total, [1m, 1m, 1m, 1m]);

        Assert.True(allocated.IsSuccess);
        Assert.Equal(decimal.MaxValue, allocated.Value.Parts.Sum(p => p.Amount));
    }
}
