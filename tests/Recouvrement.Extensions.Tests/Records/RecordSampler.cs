using System.Collections;
using System.Reflection;
using System.Text;
using NodaTime;

namespace Recouvrement.Extensions.Tests.Records;

/// <summary>
/// Builds instances of any public record from a seed, by reflection: the same seed gives the same values every time, in
/// fresh objects (new lists, new nested records, new strings), so that two builds are equal inputs but distinct ones.
/// </summary>
/// <remarks>
/// Strings, numbers, booleans, dates, times, periods, money, enums and smart enums are generated; a list, a read-only
/// list or collection, an enumerable or an array becomes a fresh <see cref="List{T}"/> (or array) of 0 to 3 generated
/// items; a dictionary, a fresh <see cref="Dictionary{TKey, TValue}"/>; a record is built recursively (an abstract one
/// as one of its public concrete records); a member that may be null is null now and then. Anything else — interfaces,
/// classes with identity, time zones, delegates — comes from <see cref="RecordSamples"/>, one shared instance per value.
/// </remarks>
internal sealed class RecordSampler(int seed)
{
    private const int MaxDepth = 4;

    private static readonly NullabilityInfoContext Nullability = new();

    private readonly Random random = new(seed);
    private int depth;

    /// <summary>Whether <paramref name="type"/> is a record: a class with the compiler's clone method, or a record struct.</summary>
    public static bool IsRecord(Type type)
        => (type.IsClass && type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null)
           || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance, [typeof(StringBuilder)]) is not null);

    /// <summary>Whether values of <paramref name="type"/> are collections this sampler fills: lists, arrays, dictionaries.</summary>
    public static bool IsCollection(Type type) => ListItemType(type) is not null || DictionaryTypes(type) is not null;

    /// <summary>The recipe of a record: its constructor's arguments and its other settable members, generated.</summary>
    public RecordRecipe Recipe(Type record)
    {
        // The public constructor with the most parameters; the library's own when a record has none (it is then built
        // only by the library, yet must compare by value all the same). Never the copy constructor.
        var constructor = record.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(c => (c.IsPublic || c.IsAssembly) && !c.GetParameters().Any(p => p.ParameterType == record))
            .OrderByDescending(c => c.IsPublic)
            .ThenByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()
            ?? (record.IsValueType ? null : throw new NoSampleException(record, "it has no constructor"));
        var parameters = constructor?.GetParameters() ?? [];
        var arguments = parameters.Select(p => Value(p.ParameterType, Nullability.Create(p).WriteState == NullabilityState.Nullable)).ToArray();
        var names = parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var properties = Settable(record)
            .Where(p => !names.Contains(p.Name))
            .Select(p => new RecipeProperty(p, Value(p.PropertyType, Nullability.Create(p).WriteState == NullabilityState.Nullable)))
            .ToArray();
        return new RecordRecipe(record, constructor, arguments, properties);
    }

    /// <summary>The public properties of <paramref name="record"/> with a public setter or init accessor.</summary>
    public static IEnumerable<PropertyInfo> Settable(Type record)
        => record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.SetMethod is { IsPublic: true })
            .OrderBy(p => p.MetadataToken)
            .ThenBy(p => p.DeclaringType?.FullName, StringComparer.Ordinal);

    /// <summary>A value of <paramref name="type"/>; null now and then when <paramref name="nullable"/>.</summary>
    public object? Value(Type type, bool nullable = false)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return random.Next(4) == 0 ? null : Value(underlying);
        }

        if (nullable && !type.IsValueType && random.Next(4) == 0)
        {
            return null;
        }

        depth++;
        try
        {
            return depth > MaxDepth * 3 ? throw new NoSampleException(type, "records nest too deep") : Generate(type);
        }
        finally
        {
            depth--;
        }
    }

    /// <summary>An item of <paramref name="type"/> that is not equal to <paramref name="other"/>, when one can be found.</summary>
    public bool TryDifferent(Type type, object? other, out object? value)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            value = Value(type);
            if (!SameContent(value, other))
            {
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>Whether two values are equal, collections by their items (a caller's lists compare by reference).</summary>
    public static bool SameContent(object? first, object? second)
    {
        if (first is not null && second is not null && IsEntry(first.GetType()) && IsEntry(second.GetType()))
        {
            return SameContent(Part(first, "Key"), Part(second, "Key")) && SameContent(Part(first, "Value"), Part(second, "Value"));
        }

        if (first is string || second is string || first is not IEnumerable one || second is not IEnumerable other)
        {
            return Equals(first, second);
        }

        // Entries in any order, items in order.
        var left = one.Cast<object?>().ToList();
        var right = other.Cast<object?>().ToList();
        return left.Count == right.Count && (left.Any(l => l is not null && IsEntry(l.GetType()))
            ? left.All(l => right.Any(r => SameContent(l, r)))
            : left.Zip(right).All(p => SameContent(p.First, p.Second)));

        static bool IsEntry(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>);

        static object? Part(object entry, string name) => entry.GetType().GetProperty(name)!.GetValue(entry);
    }

    /// <summary>The item type of a list, read-only list or collection, enumerable or array type; null for others.</summary>
    public static Type? ListItemType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type.IsGenericType && type != typeof(string))
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(IEnumerable<>)
                || definition == typeof(IList<>) || definition == typeof(ICollection<>) || definition == typeof(List<>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        return null;
    }

    /// <summary>The key and value types of a dictionary type; null for others.</summary>
    public static (Type Key, Type Value)? DictionaryTypes(Type type)
    {
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(Dictionary<,>))
            {
                var arguments = type.GetGenericArguments();
                return (arguments[0], arguments[1]);
            }
        }

        return null;
    }

    /// <summary>A fresh mutable list of <paramref name="itemType"/> holding <paramref name="items"/>, as a caller would give it.</summary>
    public static IList NewList(Type listType, Type itemType, IEnumerable items)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
        foreach (var item in items)
        {
            list.Add(item);
        }

        if (!listType.IsArray)
        {
            return list;
        }

        var array = Array.CreateInstance(itemType, list.Count);
        list.CopyTo(array, 0);
        return array;
    }

    /// <summary>A fresh mutable dictionary holding <paramref name="entries"/>, as a caller would give it.</summary>
    public static IDictionary NewDictionary(Type keyType, Type valueType, IEnumerable<DictionaryEntry> entries)
    {
        var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(keyType, valueType))!;
        foreach (var entry in entries)
        {
            dictionary.Add(entry.Key, entry.Value);
        }

        return dictionary;
    }

    private object? Generate(Type type)
    {
        if (RecordSamples.TryGet(type, out var samples))
        {
            return samples[random.Next(samples.Count)];
        }

        if (ListItemType(type) is { } itemType)
        {
            // Deep down, lists stay empty so that nesting ends.
            var count = depth > MaxDepth ? 0 : random.Next(4);
            return NewList(type, itemType, Enumerable.Range(0, count).Select(_ => Value(itemType)).ToArray());
        }

        if (DictionaryTypes(type) is var (keyType, valueType))
        {
            var count = depth > MaxDepth ? 0 : random.Next(4);
            var entries = new List<DictionaryEntry>();
            for (var i = 0; i < count; i++)
            {
                var key = Value(keyType)!;
                var value = Value(valueType, nullable: true);
                if (!entries.Any(e => Equals(e.Key, key)))
                {
                    entries.Add(new DictionaryEntry(key, value));
                }
            }

            return NewDictionary(keyType, valueType, entries);
        }

        if (type.IsValueType && type.IsGenericType && type.FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal))
        {
            return Activator.CreateInstance(type, [.. type.GetGenericArguments().Select(t => Value(t))]);
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.GetValue(random.Next(values.Length));
        }

        if (SmartEnumMembers(type) is { } members)
        {
            return members[random.Next(members.Length)];
        }

        if (IsRecord(type))
        {
            if (type.IsAbstract)
            {
                var concrete = ConcreteRecords(type);
                return concrete.Length == 0
                    ? throw new NoSampleException(type, "no public concrete record derives from it")
                    : Recipe(concrete[random.Next(concrete.Length)]).Build();
            }

            return Recipe(type).Build();
        }

        return Primitive(type);
    }

    private object Primitive(Type type)
    {
        if (type == typeof(string))
        {
            // A new string each time: equal text, distinct instances.
            return new string([.. Enumerable.Range(0, 1 + random.Next(6)).Select(_ => (char)('a' + random.Next(26)))]);
        }

        if (type == typeof(int))
        {
            return random.Next(0, 61);
        }

        if (type == typeof(long))
        {
            return (long)random.Next(0, 100_000);
        }

        if (type == typeof(decimal))
        {
            return random.Next(0, 1_000_000) / 100m;
        }

        if (type == typeof(double))
        {
            return random.Next(0, 1_000) / 10d;
        }

        if (type == typeof(bool))
        {
            return random.Next(2) == 0;
        }

        if (type == typeof(LocalDate))
        {
            return new LocalDate(2020 + random.Next(7), 1 + random.Next(12), 1 + random.Next(28));
        }

        if (type == typeof(LocalTime))
        {
            return new LocalTime(random.Next(24), random.Next(4) * 15);
        }

        if (type == typeof(LocalDateTime))
        {
            return ((LocalDate)Primitive(typeof(LocalDate))).At((LocalTime)Primitive(typeof(LocalTime)));
        }

        if (type == typeof(ZonedDateTime))
        {
            return ((LocalDateTime)Primitive(typeof(LocalDateTime))).InZoneLeniently((DateTimeZone)Value(typeof(DateTimeZone))!);
        }

        if (type == typeof(Instant))
        {
            return Instant.FromUnixTimeSeconds(1_577_836_800L + random.Next(0, 220_000_000));
        }

        if (type == typeof(Period))
        {
            return random.Next(3) switch
            {
                0 => Period.FromDays(random.Next(1, 400)),
                1 => Period.FromMonths(random.Next(1, 36)),
                _ => Period.FromYears(random.Next(1, 11)),
            };
        }

        if (type == typeof(Currency))
        {
            return RecordSamples.Currencies[random.Next(RecordSamples.Currencies.Length)];
        }

        if (type == typeof(Money))
        {
            return new Money(random.Next(-10_000, 1_000_000) / 100m, (Currency)Primitive(typeof(Currency)));
        }

        if (type == typeof(AnnualRate))
        {
            return AnnualRate.FromPercent(random.Next(0, 2_000) / 100m);
        }

        throw new NoSampleException(type, "the sampler cannot generate it and RecordSamples has no instance of it");
    }

    private static object[]? SmartEnumMembers(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition().FullName is "Ardalis.SmartEnum.SmartEnum`1" or "Ardalis.SmartEnum.SmartEnum`2")
            {
                var list = (IEnumerable)type.GetProperty("List", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)!.GetValue(null)!;
                return [.. list.Cast<object>().OrderBy(m => m.ToString(), StringComparer.Ordinal)];
            }
        }

        return null;
    }

    private static Type[] ConcreteRecords(Type abstractRecord)
        => [.. abstractRecord.Assembly.GetExportedTypes()
            .Where(t => !t.IsAbstract && abstractRecord.IsAssignableFrom(t) && IsRecord(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];
}

/// <summary>How a record is built: the constructor and its arguments, then its settable members' values.</summary>
internal sealed record RecordRecipe(Type Type, ConstructorInfo? Constructor, object?[] Arguments, RecipeProperty[] Properties)
{
    /// <summary>Builds the record: the constructor, then each settable member through its init accessor.</summary>
    public object Build()
    {
        object instance;
        try
        {
            instance = Constructor is null ? Activator.CreateInstance(Type)! : Constructor.Invoke(BindingFlags.Default, null, Arguments, null);
            foreach (var property in Properties)
            {
                property.Property.SetValue(instance, property.Value);
            }
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new NoSampleException(Type, $"building it threw {e.InnerException.GetType().Name}: {e.InnerException.Message}");
        }

        return instance;
    }

    /// <summary>The collections the recipe gives the record, where they go: a constructor argument's index or a property.</summary>
    public IEnumerable<RecipeSlot> CollectionSlots()
    {
        var parameters = Constructor?.GetParameters() ?? [];
        for (var i = 0; i < parameters.Length; i++)
        {
            if (RecordSampler.IsCollection(parameters[i].ParameterType) && Arguments[i] is not null)
            {
                yield return new RecipeSlot(parameters[i].Name!, parameters[i].ParameterType, i, null, Arguments[i]!);
            }
        }

        foreach (var property in Properties)
        {
            if (RecordSampler.IsCollection(property.Property.PropertyType) && property.Value is not null)
            {
                yield return new RecipeSlot(property.Property.Name, property.Property.PropertyType, -1, property.Property, property.Value);
            }
        }
    }

    /// <summary>The same recipe with <paramref name="slot"/> given <paramref name="value"/> instead.</summary>
    public RecordRecipe With(RecipeSlot slot, object value)
        => slot.Property is null
            ? this with { Arguments = [.. Arguments.Select((a, i) => i == slot.Argument ? value : a)] }
            : this with { Properties = [.. Properties.Select(p => p.Property == slot.Property ? p with { Value = value } : p)] };
}

/// <summary>A settable member of a record and the value a recipe gives it.</summary>
internal sealed record RecipeProperty(PropertyInfo Property, object? Value);

/// <summary>A collection a recipe gives a record: through a constructor argument (its index) or a property.</summary>
internal sealed record RecipeSlot(string Name, Type Type, int Argument, PropertyInfo? Property, object Value);

/// <summary>A type the sampler cannot build, and why.</summary>
internal sealed class NoSampleException(Type type, string reason) : Exception($"{type.FullName}: {reason}")
{
    public Type Type { get; } = type;
}
