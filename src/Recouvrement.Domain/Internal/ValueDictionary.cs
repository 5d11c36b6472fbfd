using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;

namespace Recouvrement.Internal;

/// <summary>
/// An immutable dictionary that compares by content: equal when it maps the same keys (under the same key comparer) to
/// equal values, whatever the order, with a hash that follows the entries. The dictionary counterpart of
/// <see cref="ValueList{T}"/>, for the records that hold a map.
/// </summary>
/// <typeparam name="TKey">The keys' type.</typeparam>
/// <typeparam name="TValue">The values' type.</typeparam>
/// <remarks>
/// Its entries live in a dictionary no one else holds, in the order given, under the key comparer of the dictionary it
/// was copied from (the default one when that is not a <see cref="Dictionary{TKey, TValue}"/>); two value dictionaries
/// under different key comparers are never equal, so that equality stays symmetric. A value that is a list
/// compares by content only when it is a value list itself: <see cref="ValueDictionary.Of{TKey, TValue}"/> takes a
/// function that copies each value.
/// </remarks>
internal sealed class ValueDictionary<TKey, TValue> : IReadOnlyDictionary<TKey, TValue>, IEquatable<ValueDictionary<TKey, TValue>>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> entries;

    // 0 until computed; a computed 0 is computed again, which is harmless.
    private int hash;

    private ValueDictionary(Dictionary<TKey, TValue> entries) => this.entries = entries;

    /// <summary>Gets the empty dictionary, under the default key comparer, that every such empty value dictionary is.</summary>
    public static ValueDictionary<TKey, TValue> Empty { get; } = new(new Dictionary<TKey, TValue>());

    /// <inheritdoc/>
    public int Count => entries.Count;

    /// <inheritdoc/>
    public IEnumerable<TKey> Keys => entries.Keys;

    /// <inheritdoc/>
    public IEnumerable<TValue> Values => entries.Values;

    /// <inheritdoc/>
    public TValue this[TKey key] => entries[key];

    /// <summary>Gets how keys are compared.</summary>
    internal IEqualityComparer<TKey> Comparer => entries.Comparer;

    /// <summary>Copies entries into a new value dictionary.</summary>
    internal static ValueDictionary<TKey, TValue> Copying(IEnumerable<KeyValuePair<TKey, TValue>> source, IEqualityComparer<TKey>? comparer, Func<TValue, TValue>? copyValue)
    {
        var entries = new Dictionary<TKey, TValue>(comparer);
        foreach (var entry in source)
        {
            entries.Add(entry.Key, copyValue is null ? entry.Value : copyValue(entry.Value));
        }

        return entries.Count == 0 && Equals(entries.Comparer, Empty.Comparer) ? Empty : new(entries);
    }

    /// <inheritdoc/>
    public bool ContainsKey(TKey key) => entries.ContainsKey(key);

#if NETSTANDARD2_0
    /// <inheritdoc/>
    /// <remarks>netstandard2.0's interface does not annotate <paramref name="value"/>: the default for a missing key, all the same.</remarks>
    public bool TryGetValue(TKey key, out TValue value) => entries.TryGetValue(key, out value);
#else
    /// <inheritdoc/>
    public bool TryGetValue(TKey key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TValue value) => entries.TryGetValue(key, out value);
#endif

    /// <inheritdoc/>
    public bool Equals(ValueDictionary<TKey, TValue>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.entries.Count != entries.Count || !Equals(other.entries.Comparer, entries.Comparer)
            || (hash != 0 && other.hash != 0 && hash != other.hash))
        {
            return false;
        }

        var comparer = EqualityComparer<TValue>.Default;
        foreach (var entry in entries)
        {
            if (!other.entries.TryGetValue(entry.Key, out var value) || !comparer.Equals(entry.Value, value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueDictionary<TKey, TValue> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        if (hash == 0)
        {
            // A sum, so that the order of the entries does not count.
            var keys = entries.Comparer;
            var values = EqualityComparer<TValue>.Default;
            var h = entries.Count;
            foreach (var entry in entries)
            {
                h = unchecked(h + ((keys.GetHashCode(entry.Key) * 397) ^ (entry.Value is null ? 0 : values.GetHashCode(entry.Value))));
            }

            hash = h;
        }

        return hash;
    }

    /// <summary>Lists the entries, as a record shows its members: <c>[a: 1, b: 2]</c>.</summary>
    /// <returns>The entries in brackets.</returns>
    public override string ToString()
    {
        var text = new StringBuilder("[");
        foreach (var entry in entries)
        {
            text.Append(text.Length == 1 ? string.Empty : ", ").Append(entry.Key).Append(": ").Append(entry.Value);
        }

        return text.Append(']').ToString();
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => entries.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => entries.GetEnumerator();
}

/// <summary>Makes <see cref="ValueDictionary{TKey, TValue}"/>s: a record's maps are stored as one, so that it compares by content.</summary>
internal static class ValueDictionary
{
    /// <summary>
    /// The entries, in order, in a value dictionary no one else holds: <paramref name="source"/> itself when it is one
    /// and no value needs copying, a copy otherwise; null stays null, for the checks that report a missing map.
    /// </summary>
    /// <typeparam name="TKey">The keys' type.</typeparam>
    /// <typeparam name="TValue">The values' type.</typeparam>
    /// <param name="source">What a caller gave; not kept, never changed. Its key comparer is kept when it is a dictionary.</param>
    /// <param name="copyValue">Copies a value that is itself a collection (into a value list); none for plain values.</param>
    /// <returns>The value dictionary, or null.</returns>
    internal static IReadOnlyDictionary<TKey, TValue> OrNull<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> source, Func<TValue, TValue>? copyValue = null)
        where TKey : notnull
        => source switch
        {
            null => null!,
            ValueDictionary<TKey, TValue> dictionary when copyValue is null => dictionary,
            ValueDictionary<TKey, TValue> dictionary => ValueDictionary<TKey, TValue>.Copying(dictionary, dictionary.Comparer, copyValue),
            Dictionary<TKey, TValue> dictionary => ValueDictionary<TKey, TValue>.Copying(dictionary, dictionary.Comparer, copyValue),
            _ => ValueDictionary<TKey, TValue>.Copying(source, null, copyValue),
        };

    /// <summary>As <see cref="OrNull{TKey, TValue}"/>, but an empty dictionary for null.</summary>
    /// <typeparam name="TKey">The keys' type.</typeparam>
    /// <typeparam name="TValue">The values' type.</typeparam>
    /// <param name="source">What a caller gave, or null; not kept, never changed.</param>
    /// <returns>The value dictionary.</returns>
    internal static IReadOnlyDictionary<TKey, TValue> Of<TKey, TValue>(IReadOnlyDictionary<TKey, TValue>? source)
        where TKey : notnull
        => source is null ? ValueDictionary<TKey, TValue>.Empty : OrNull(source);
}
