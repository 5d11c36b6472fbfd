using Snapshooter.Xunit;

namespace Recouvrement.Domain.Tests;

public class MoneyAllocationTests
{
    [Fact]
    public void Bad_input_names_every_problem_at_once()
    {
        var result = MoneyAllocation.ByWeights(new Money(10.005m, Currency.EUR), [1m, -2m, 0m, -0.5m], (RemainderPlacement)9);

        Assert.Equal(
            new[]
            {
                "total = 10.005 EUR: holds a fraction of a minor unit of EUR: round it first",
                "placement = 9: is not a defined remainder placement",
                "weights[1] = -2: must not be negative",
                "weights[3] = -0.5: must not be negative",
            },
            result.ValidationErrors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void Zero_parts_and_empty_or_zero_weights_are_refused()
    {
        Assert.Equal("parts = 0: must be at least 1", MoneyAllocation.Split(new Money(1m, Currency.EUR), 0).ValidationErrors.Single().ErrorMessage);
        Assert.Equal(ErrorCodes.Required, MoneyAllocation.ByWeights(new Money(1m, Currency.EUR), null).ValidationErrors.Single().ErrorCode);
        Assert.Equal(ErrorCodes.Required, MoneyAllocation.ByWeights(new Money(1m, Currency.EUR), []).ValidationErrors.Single().ErrorCode);
        Assert.Equal(ErrorCodes.OutOfRange, MoneyAllocation.ByWeights(new Money(1m, Currency.EUR), [0m, 0m]).ValidationErrors.Single().ErrorCode);
        Assert.Equal(ErrorCodes.Overflow, MoneyAllocation.ByWeights(new Money(1m, Currency.EUR), [decimal.MaxValue, decimal.MaxValue]).ValidationErrors.Single().ErrorCode);
        Assert.Equal(ErrorCodes.Overflow, MoneyAllocation.Split(new Money(decimal.MaxValue, Currency.EUR), 2).ValidationErrors.Single().ErrorCode);
    }

    [Fact]
    public void The_callers_weights_are_copied_not_kept()
    {
        var weights = new[] { 1m, 3m };
        var allocation = MoneyAllocation.ByWeights(new Money(100m, Currency.EUR), weights).Value;
        weights[0] = 99m;
        Assert.Equal(new[] { 1m, 3m }, allocation.Weights);
    }

    [Fact]
    public void An_equal_split_explains_itself()
    {
        var allocation = MoneyAllocation.Split(new Money(1000m, Currency.EUR), 7).Value;
        Assert.Equal(5, allocation.RemainderUnits);
        Snapshot.Match(allocation.ToString());
    }

    [Fact]
    public void A_weighted_allocation_explains_itself()
        => Snapshot.Match(MoneyAllocation.ByWeights(new Money(1234.57m, Currency.EUR), [3m, 1m, 0m, 2.5m], RemainderPlacement.Last).Value.ToString());
}
