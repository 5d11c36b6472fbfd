using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Recouvrement.Internal;

namespace Recouvrement.Domain.Tests;

public class OrdinalSetProperties
{
    // Sizes on one, two and three levels of words, and operations that add, remove and look up around the members.
    private static readonly Arbitrary<(int Size, (int Op, int Number)[] Ops)> Scenarios = (
        from size in Gen.Elements(1, 63, 64, 65, 4_095, 4_096, 4_097, 300_000)
        from ops in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 3), Gen.Choose(0, size - 1)))
        select (size, ops)).ToArbitrary();

    [KernelProperty(MaxTest = 300)]
    public Property The_set_answers_as_a_sorted_set_does()
        => Prop.ForAll(Scenarios, s =>
        {
            var set = new OrdinalSet();
            set.Reset(s.Size);
            var expected = new SortedSet<int>();
            foreach (var (op, number) in s.Ops)
            {
                switch (op)
                {
                    case 0 or 1:
                        set.Add(number);
                        expected.Add(number);
                        break;
                    case 2:
                        set.Remove(number);
                        expected.Remove(number);
                        break;
                }

                Assert.Equal(expected.Contains(number), set.Contains(number));
                Assert.Equal(expected.GetViewBetween(number, int.MaxValue).DefaultIfEmpty(-1).First(), set.Next(number));
                Assert.Equal(expected.Count, set.Count);
            }

            Assert.Equal(expected.Count == 0 ? -1 : expected.Min, set.Next(0));
        });

    [Fact]
    public void A_set_sized_again_for_fewer_numbers_starts_empty()
    {
        var set = new OrdinalSet();
        set.Reset(300_000);
        set.Add(299_999);
        set.Add(70_000);
        set.Reset(50);
        Assert.Equal(0, set.Count);
        Assert.Equal(-1, set.Next(0));
        set.Add(49);
        Assert.Equal(49, set.Next(3));
        Assert.Equal(-1, set.Next(50));
    }
}
