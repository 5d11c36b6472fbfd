using System.Collections;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using Recouvrement.Accounts;
using Recouvrement.Penalties;
using Recouvrement.Scheduling;

namespace Recouvrement.Extensions.Tests.Records;

/// <summary>
/// Value semantics that hold, for every public record of the three packages: built from equal but distinct inputs
/// (fresh lists with the same items), two records are equal and hash alike; a list item changed, they differ; a record
/// never changes the caller's list, and a later change to it changes neither the record nor a copy made with
/// <c>with</c>; a collection left to its default equals the same items given. The records are found by reflection and
/// built by <see cref="RecordSampler"/> from seeds FsCheck draws, so a new record is tested as soon as it exists — or
/// must be listed in <see cref="Excluded"/> with the reason.
/// </summary>
public class RecordEqualityTests
{
    private const int Runs = 100;

    private static readonly Assembly[] Packages = [typeof(Money).Assembly, typeof(CollectionRun).Assembly, typeof(RecouvrementJson).Assembly];

    /// <summary>The public records left out of these properties, each with the reason.</summary>
    private static readonly Dictionary<Type, string> Excluded = [];

    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

    public static TheoryData<string> Records() => [.. Tested().Select(t => t.FullName!)];

    public static TheoryData<string> RecordsWithCollections()
        => [.. Tested().Where(t => Collections(t).Any()).Select(t => t.FullName!)];

    [Fact]
    public void Every_public_record_is_tested_or_excluded_with_a_reason()
    {
        var records = AllRecords();
        Assert.All(Excluded, e => Assert.Contains(e.Key, records));
        Assert.All(Excluded, e => Assert.False(string.IsNullOrWhiteSpace(e.Value)));

        // Abstract records are tested through the records that derive from them.
        var untested = records
            .Where(t => t.IsAbstract && !Tested().Any(t.IsAssignableFrom))
            .Select(t => $"{t.FullName}: no tested record derives from it")
            .Concat(Tested().SelectMany(Unbuildable))
            .ToArray();
        Assert.True(untested.Length == 0, string.Join(Environment.NewLine, untested));

        // The three packages hold many records; a reflection slip that finds none must not pass.
        Assert.True(records.Length > 80, $"only {records.Length} public records found");
        Assert.Contains(typeof(RunAging), records);
        Assert.Contains(typeof(OpenItem), records);
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Records_built_from_equal_inputs_are_equal_and_hash_alike(string record)
        => ForAllSeeds(record, (type, seed) =>
        {
            var first = new RecordSampler(seed).Recipe(type).Build();
            var second = new RecordSampler(seed).Recipe(type).Build();

            Assert.NotSame(first, second);
            Expect(first.Equals(second), () => $"{type.Name} (seed {seed}): {Show(first)} differs from {Show(second)}");
            Expect(second.Equals(first), () => $"{type.Name} (seed {seed}): not symmetric");
            Assert.Equal(first.GetHashCode(), second.GetHashCode());
        });

    [Theory]
    [MemberData(nameof(RecordsWithCollections))]
    public void Changing_one_item_of_a_list_makes_the_records_unequal(string record)
        => ForAllSeeds(record, (type, seed) =>
        {
            var recipe = new RecordSampler(seed).Recipe(type);
            var changer = new RecordSampler(seed ^ 0x5EED);
            foreach (var slot in recipe.CollectionSlots())
            {
                var changed = Changed(slot, changer);
                var original = new RecordSampler(seed).Recipe(type).Build();
                var other = recipe.With(slot, changed).Build();

                Expect(!original.Equals(other), () => $"{type.Name}.{slot.Name} (seed {seed}): {Show(original)} equals {Show(other)}");
            }
        });

    [Theory]
    [MemberData(nameof(RecordsWithCollections))]
    public void A_record_neither_changes_the_callers_list_nor_follows_it_even_after_with(string record)
        => ForAllSeeds(record, (type, seed) =>
        {
            var recipe = new RecordSampler(seed).Recipe(type);
            var built = recipe.Build();
            var twin = new RecordSampler(seed).Recipe(type).Build();
            var changer = new RecordSampler(seed ^ 0x5EED);

            // A copy with `with`: the clone, then each list set anew from a fresh list with the same items.
            var copies = new List<(string Name, object Copy, object Given)>();
            if (!type.IsValueType)
            {
                foreach (var property in RecordSampler.Settable(type).Where(p => RecordSampler.IsCollection(p.PropertyType)))
                {
                    var value = property.GetValue(built);
                    if (value is null)
                    {
                        continue;
                    }

                    var given = Fresh(property.PropertyType, value);
                    var copy = type.GetMethod("<Clone>$")!.Invoke(built, null)!;
                    property.SetValue(copy, given);
                    Expect(copy.Equals(twin), () => $"{type.Name} with {{ {property.Name} = the same items }} (seed {seed}): {Show(copy)} differs from {Show(twin)}");
                    copies.Add((property.Name, copy, given));
                }
            }

            // What the caller gave is as it was.
            var slots = recipe.CollectionSlots().ToArray();
            var untouched = new RecordSampler(seed).Recipe(type).CollectionSlots().ToArray();
            for (var i = 0; i < slots.Length; i++)
            {
                var slot = slots[i];
                Expect(RecordSampler.SameContent(slot.Value, untouched[i].Value), () => $"{type.Name}.{slot.Name} (seed {seed}): the record changed the caller's list");
            }

            // A later change to it changes neither the record nor a copy.
            foreach (var slot in slots)
            {
                Mutate(slot.Type, slot.Value, changer);
                Expect(built.Equals(twin), () => $"{type.Name}.{slot.Name} (seed {seed}): changed with the caller's list, now {Show(built)}");
            }

            foreach (var (name, copy, given) in copies)
            {
                Mutate(given.GetType(), given, changer);
                Expect(copy.Equals(twin), () => $"{type.Name} with {{ {name} }} (seed {seed}): changed with the caller's list, now {Show(copy)}");
            }
        });

    private static void Expect(bool condition, Func<string> message)
    {
        if (!condition)
        {
            Assert.Fail(message());
        }
    }

    [Theory]
    [MemberData(nameof(RecordsWithCollections))]
    public void A_collection_left_to_its_default_equals_the_same_items_given(string record)
        => ForAllSeeds(record, (type, seed) =>
        {
            // Built by the constructor alone, the settable collections keep their defaults.
            var recipe = new RecordSampler(seed).Recipe(type) with { Properties = [] };
            var built = recipe.Build();
            if (type.IsValueType)
            {
                return;
            }

            foreach (var property in RecordSampler.Settable(type).Where(p => RecordSampler.IsCollection(p.PropertyType)))
            {
                if (property.GetValue(built) is { } value)
                {
                    var given = type.GetMethod("<Clone>$")!.Invoke(built, null)!;
                    property.SetValue(given, Fresh(property.PropertyType, value));
                    Expect(given.Equals(built), () => $"{type.Name}.{property.Name} (seed {seed}): the default {Show(value)} differs from the same items given");
                }
            }
        });

    private static string Show(object record)
    {
        try
        {
            return record.ToString() ?? record.GetType().Name;
        }
        catch (Exception e) when (e is NullReferenceException or InvalidOperationException or ArgumentException)
        {
            return $"{record.GetType().Name} (ToString threw {e.GetType().Name})";
        }
    }

    private static void ForAllSeeds(string record, Action<Type, int> property)
    {
        var type = Tested().Single(t => t.FullName == record);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs).WithName(type.Name), Prop.ForAll(Seeds, seed => property(type, seed)));
    }

    private static Type[] AllRecords()
        => [.. Packages.SelectMany(a => a.GetExportedTypes()).Where(RecordSampler.IsRecord).OrderBy(t => t.FullName, StringComparer.Ordinal)];

    private static IEnumerable<Type> Tested() => AllRecords().Where(t => !t.IsAbstract && !Excluded.ContainsKey(t));

    private static IEnumerable<PropertyInfo> Collections(Type record)
        => record.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => RecordSampler.IsCollection(p.PropertyType));

    private static IEnumerable<string> Unbuildable(Type record)
    {
        for (var seed = 0; seed < 20; seed++)
        {
            string? problem = null;
            try
            {
                new RecordSampler(seed).Recipe(record).Build();
            }
            catch (NoSampleException e)
            {
                problem = $"{record.FullName}: {e.Message}";
            }

            if (problem is not null)
            {
                yield return problem;
                yield break;
            }
        }
    }

    /// <summary>The slot's collection, fresh, with one item changed (or one added to an empty one).</summary>
    private static object Changed(RecipeSlot slot, RecordSampler sampler)
    {
        if (RecordSampler.ListItemType(slot.Type) is { } itemType)
        {
            var items = ((IEnumerable)slot.Value).Cast<object?>().ToList();
            if (items.Count > 0 && sampler.TryDifferent(itemType, items[0], out var different))
            {
                items[0] = different;
            }
            else
            {
                items.Add(Different(itemType, items, sampler));
            }

            return RecordSampler.NewList(slot.Type, itemType, items);
        }

        var (keyType, valueType) = RecordSampler.DictionaryTypes(slot.Type)!.Value;
        var entries = ((IEnumerable)slot.Value).Cast<object>().Select(ToEntry).ToList();
        if (entries.Count > 0 && sampler.TryDifferent(valueType, entries[0].Value, out var value))
        {
            entries[0] = new DictionaryEntry(entries[0].Key, value);
        }
        else
        {
            entries.Add(new DictionaryEntry(Different(keyType, entries.Select(e => e.Key), sampler)!, sampler.Value(valueType)));
        }

        return RecordSampler.NewDictionary(keyType, valueType, entries);
    }

    private static object? Different(Type type, IEnumerable<object?> taken, RecordSampler sampler)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var value = sampler.Value(type);
            if (!taken.Any(t => RecordSampler.SameContent(t, value)))
            {
                return value;
            }
        }

        return sampler.Value(type);
    }

    /// <summary>A fresh mutable collection with the items of <paramref name="value"/>.</summary>
    private static object Fresh(Type type, object value)
        => RecordSampler.ListItemType(type) is { } itemType
            ? RecordSampler.NewList(typeof(List<>).MakeGenericType(itemType), itemType, (IEnumerable)value)
            : RecordSampler.NewDictionary(RecordSampler.DictionaryTypes(type)!.Value.Key, RecordSampler.DictionaryTypes(type)!.Value.Value, ((IEnumerable)value).Cast<object>().Select(ToEntry));

    private static DictionaryEntry ToEntry(object pair)
    {
        var type = pair.GetType();
        return new DictionaryEntry(type.GetProperty("Key")!.GetValue(pair)!, type.GetProperty("Value")!.GetValue(pair));
    }

    /// <summary>Changes a collection the caller still holds: empties it, or adds to it when it is empty.</summary>
    private static void Mutate(Type type, object collection, RecordSampler sampler)
    {
        switch (collection)
        {
            case Array { Length: > 0 } array:
                Array.Clear(array);
                break;
            case Array:
                break;
            case IList { Count: > 0 } list:
                list.Clear();
                break;
            case IList list when RecordSampler.ListItemType(type) is { } itemType:
                list.Add(sampler.Value(itemType));
                break;
            case IDictionary { Count: > 0 } dictionary:
                dictionary.Clear();
                break;
            case IDictionary dictionary when RecordSampler.DictionaryTypes(type) is var (keyType, valueType):
                dictionary.Add(sampler.Value(keyType)!, sampler.Value(valueType));
                break;
        }
    }
}
