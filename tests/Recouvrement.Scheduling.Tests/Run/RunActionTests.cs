using NodaTime;
using Recouvrement.Cases;

namespace Recouvrement.Scheduling.Tests;

/// <summary>A run action keeps every detail it is given, whatever their number and order, and compares by them.</summary>
public class RunActionTests
{
    private static readonly LocalDate Day = new(2026, 3, 16);
    private static readonly CaseHold Hold = new(HoldKind.Dispute, null);
    private static readonly RunAction Plain = new("D-1", RunActionKind.CaseHeld, Day, Money.Zero(Currency.EUR));

    [Fact]
    public void An_action_given_several_details_keeps_each_of_them()
    {
        var action = Plain with { Hold = Hold, Problem = "also this", HeldBy = HoldKind.Promise };

        Assert.Same(Hold, action.Hold);
        Assert.Equal("also this", action.Problem);
        Assert.Same(HoldKind.Promise, action.HeldBy);
        Assert.Null(action.CaseAction);
        Assert.Null(action.Skipped);
    }

    [Fact]
    public void A_copy_that_changes_one_detail_leaves_the_original_and_the_other_details_alone()
    {
        var original = Plain with { Hold = Hold, Problem = "first" };
        var copy = original with { Problem = "second" };

        Assert.Equal("first", original.Problem);
        Assert.Equal("second", copy.Problem);
        Assert.Same(Hold, copy.Hold);
    }

    [Fact]
    public void Actions_with_the_same_details_are_equal_whatever_order_they_were_set_in()
    {
        var one = Plain with { Hold = Hold, Problem = "p" };
        var other = Plain with { Problem = "p", Hold = Hold };
        var cleared = Plain with { Hold = Hold, Problem = "p", HeldBy = HoldKind.Promise } with { HeldBy = null };

        Assert.Equal(one, other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.Equal(one, cleared);
        Assert.Equal(Plain with { Hold = Hold }, one with { Problem = null });
        Assert.NotEqual(one, one with { Problem = "q" });
    }
}
