using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Recouvrement.Internal;

/// <summary>
/// An immutable list that compares by content: equal when it holds equal items in the same order, with a hash that
/// follows the items. A public record stores each of its lists as one, so that the equality the compiler synthesises for
/// it — which asks each member's default comparer, by reference for an ordinary list — compares what the lists hold.
/// </summary>
/// <typeparam name="T">The items' type.</typeparam>
/// <remarks>
/// <para>
/// Its items live in an array no one else holds: <see cref="ValueList.Of{T}"/> copies what a caller gives (reusing a value
/// list as it is), <see cref="ValueList.Adopt{T}"/> takes an array the library has just built, without a second copy.
/// Every empty list is <see cref="Empty"/>.
/// </para>
/// <para>
/// It is read-only through <see cref="IList{T}"/> too, so that LINQ and the collection constructors copy it in one go;
/// the methods that would change it throw <see cref="NotSupportedException"/>, as on <see cref="Array.AsReadOnly{T}"/>.
/// It equals only another value list: an array or a <see cref="List{T}"/> with the same items is not equal to it, as
/// equality must be symmetric.
/// </para>
/// </remarks>
internal sealed class ValueList<T> : IReadOnlyList<T>, IList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] items;

    // 0 until computed; a computed 0 is computed again, which is harmless.
    private int hash;

    private ValueList(T[] items) => this.items = items;

    /// <summary>Gets the empty list every empty value list of <typeparamref name="T"/> is.</summary>
    public static ValueList<T> Empty { get; } = new([]);

    /// <inheritdoc/>
    public int Count => items.Length;

    /// <inheritdoc/>
    bool ICollection<T>.IsReadOnly => true;

    /// <inheritdoc cref="IReadOnlyList{T}.this"/>
    public T this[int index] => items[index];

    /// <inheritdoc/>
    T IList<T>.this[int index]
    {
        get => items[index];
        set => throw ReadOnly();
    }

    /// <summary>Wraps an array the caller built for the list and no longer touches.</summary>
    internal static ValueList<T> Adopting(T[] array) => array.Length == 0 ? Empty : new(array);

    /// <inheritdoc/>
    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.items.Length != items.Length || (hash != 0 && other.hash != 0 && hash != other.hash))
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < items.Length; i++)
        {
            if (!comparer.Equals(items[i], other.items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        if (hash == 0)
        {
            var comparer = EqualityComparer<T>.Default;
            var h = items.Length;
            foreach (var item in items)
            {
                h = unchecked((h * 31) + (item is null ? 0 : comparer.GetHashCode(item)));
            }

            hash = h;
        }

        return hash;
    }

    /// <summary>Lists the items, as a record shows its members: <c>[a, b, c]</c>.</summary>
    /// <returns>The items in brackets.</returns>
    public override string ToString()
    {
        var text = new StringBuilder("[");
        for (var i = 0; i < items.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(items[i]);
        }

        return text.Append(']').ToString();
    }

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    /// <inheritdoc/>
    public int IndexOf(T item) => Array.IndexOf(items, item);

    /// <inheritdoc/>
    public bool Contains(T item) => Array.IndexOf(items, item) >= 0;

    /// <inheritdoc/>
    public void CopyTo(T[] array, int arrayIndex) => items.CopyTo(array, arrayIndex);

    /// <inheritdoc/>
    void IList<T>.Insert(int index, T item) => throw ReadOnly();

    /// <inheritdoc/>
    void IList<T>.RemoveAt(int index) => throw ReadOnly();

    /// <inheritdoc/>
    void ICollection<T>.Add(T item) => throw ReadOnly();

    /// <inheritdoc/>
    void ICollection<T>.Clear() => throw ReadOnly();

    /// <inheritdoc/>
    bool ICollection<T>.Remove(T item) => throw ReadOnly();

    private static NotSupportedException ReadOnly() => new("The list is read-only.");
}

/// <summary>Makes <see cref="ValueList{T}"/>s: a record's lists are stored as one, so that it compares by content.</summary>
internal static class ValueList
{
    /// <summary>
    /// The items, in order, in a value list no one else holds: <paramref name="items"/> itself when it is one (it never
    /// changes), a copy otherwise; the shared empty list for null or no items.
    /// </summary>
    /// <typeparam name="T">The items' type.</typeparam>
    /// <param name="items">What a caller gave; not kept, never changed.</param>
    /// <returns>The value list.</returns>
    internal static ValueList<T> Of<T>(IEnumerable<T>? items)
    {
        switch (items)
        {
            case null:
                return ValueList<T>.Empty;
            case ValueList<T> list:
                return list;
            case ICollection<T> collection:
                if (collection.Count == 0)
                {
                    return ValueList<T>.Empty;
                }

                var array = new T[collection.Count];
                collection.CopyTo(array, 0);
                return ValueList<T>.Adopting(array);
            default:
                return ValueList<T>.Adopting(items.ToArray());
        }
    }

    /// <summary>
    /// As <see cref="Of{T}"/>, except that null stays null: for a list a check reports when it is missing, rather than
    /// reading it as empty.
    /// </summary>
    /// <typeparam name="T">The items' type.</typeparam>
    /// <param name="items">What a caller gave, null included; not kept, never changed.</param>
    /// <returns>The value list, or null.</returns>
    internal static IReadOnlyList<T> OrNull<T>(IReadOnlyList<T> items) => items is null ? null! : Of(items);

    /// <summary>
    /// Wraps an array the library has just built for the list and will not touch again: no second copy. Never for an
    /// array a caller gave.
    /// </summary>
    /// <typeparam name="T">The items' type.</typeparam>
    /// <param name="array">The array, now the list's.</param>
    /// <returns>The value list over it; the shared empty list when it is empty.</returns>
    internal static ValueList<T> Adopt<T>(T[] array) => ValueList<T>.Adopting(array);
}
