using FsCheck.Xunit;
using Recouvrement.Internal;

namespace Recouvrement.Domain.Tests;

public class ValueCollectionTests
{
    [KernelProperty(MaxTest = 200)]
    public void Lists_with_equal_items_in_the_same_order_are_equal_and_hash_alike(string?[] items)
    {
        var first = ValueList.Of(items.ToList());
        var second = ValueList.Of(items.ToArray());

        Assert.True(first.Equals(second));
        Assert.True(second.Equals((object)first));
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(items, first);
    }

    [KernelProperty(MaxTest = 200)]
    public void A_list_with_one_item_changed_or_added_is_not_equal(int[] items, int changed)
    {
        var list = ValueList.Of(items);
        var longer = ValueList.Of(items.Append(changed));
        Assert.False(list.Equals(longer));
        if (items.Length > 0 && items[0] != changed)
        {
            var other = items.ToArray();
            other[0] = changed;
            Assert.False(list.Equals(ValueList.Of(other)));
        }
    }

    [Fact]
    public void Order_counts_in_a_list()
        => Assert.False(ValueList.Of([1, 2]).Equals(ValueList.Of([2, 1])));

    [Fact]
    public void A_list_is_a_copy_the_caller_cannot_change_afterwards()
    {
        var given = new List<string> { "a", "b" };
        var list = ValueList.Of(given);
        given[0] = "z";
        given.Add("c");

        Assert.Equal(["a", "b"], list);
    }

    [Fact]
    public void A_value_list_is_reused_an_adopted_array_is_not_copied_and_every_empty_list_is_one()
    {
        var array = new[] { "a" };
        var adopted = ValueList.Adopt(array);
        array[0] = "b";

        Assert.Equal("b", adopted[0]);
        Assert.Same(adopted, ValueList.Of(adopted));
        Assert.Same(ValueList<string>.Empty, ValueList.Of(new List<string>()));
        Assert.Same(ValueList<string>.Empty, ValueList.Of<string>(null));
        Assert.Same(ValueList<string>.Empty, ValueList.Adopt(Array.Empty<string>()));
        Assert.Same(ValueList<int>.Empty, ValueList.Of(Enumerable.Range(0, 0)));
        Assert.Null(ValueList.OrNull<string>(null!));
    }

    [Fact]
    public void A_list_is_read_only_and_equals_only_another_value_list()
    {
        IList<int> list = ValueList.Of([1, 2]);

        Assert.True(list.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => list.Add(3));
        Assert.Throws<NotSupportedException>(() => list[0] = 3);
        Assert.False(list.Equals(new[] { 1, 2 }));
        Assert.Equal("[1, 2]", list.ToString());
        Assert.Equal([1, 2], list.ToArray());
    }

    [KernelProperty(MaxTest = 200)]
    public void Dictionaries_with_the_same_entries_in_any_order_are_equal_and_hash_alike(Dictionary<int, string?> entries)
    {
        var first = ValueDictionary.Of(entries);
        var second = ValueDictionary.Of(entries.Reverse().ToDictionary(e => e.Key, e => e.Value));

        Assert.True(first.Equals(second));
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(entries.OrderBy(e => e.Key), first.OrderBy(e => e.Key));
    }

    [Fact]
    public void A_dictionary_with_a_value_changed_or_an_entry_added_is_not_equal()
    {
        var dictionary = ValueDictionary.Of(new Dictionary<string, int> { ["a"] = 1 });

        Assert.False(dictionary.Equals(ValueDictionary.Of(new Dictionary<string, int> { ["a"] = 2 })));
        Assert.False(dictionary.Equals(ValueDictionary.Of(new Dictionary<string, int> { ["a"] = 1, ["b"] = 1 })));
        Assert.False(dictionary.Equals(ValueDictionary.Of(new Dictionary<string, int> { ["b"] = 1 })));
    }

    [Fact]
    public void A_dictionary_is_a_copy_that_keeps_the_key_comparer_and_copies_list_values()
    {
        var list = new List<int> { 1 };
        var given = new Dictionary<string, IReadOnlyList<int>>(StringComparer.OrdinalIgnoreCase) { ["a"] = list };
        var dictionary = ValueDictionary.OrNull(given, ValueList.OrNull);
        list.Add(2);
        given["b"] = [];

        Assert.Single(dictionary);
        Assert.Equal([1], dictionary["A"]);
        Assert.True(dictionary.Equals(ValueDictionary.OrNull(new Dictionary<string, IReadOnlyList<int>>(StringComparer.OrdinalIgnoreCase) { ["a"] = [1] }, ValueList.OrNull)));

        // Under another comparer, the same entries are another dictionary: equality stays symmetric.
        Assert.False(dictionary.Equals(ValueDictionary.OrNull(new Dictionary<string, IReadOnlyList<int>> { ["a"] = [1] }, ValueList.OrNull)));
    }

    [Fact]
    public void Every_empty_dictionary_under_the_default_comparer_is_one_and_null_stays_null_where_asked()
    {
        Assert.Same(ValueDictionary<string, int>.Empty, ValueDictionary.Of<string, int>(null));
        Assert.Same(ValueDictionary<string, int>.Empty, ValueDictionary.Of(new Dictionary<string, int>()));
        Assert.Null(ValueDictionary.OrNull<string, int>(null!));
        var dictionary = ValueDictionary.Of(new Dictionary<string, int> { ["a"] = 1 });
        Assert.Same(dictionary, ValueDictionary.OrNull(dictionary));
    }
}
