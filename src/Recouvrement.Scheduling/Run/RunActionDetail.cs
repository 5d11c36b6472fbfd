using System;

namespace Recouvrement.Scheduling;

/// <summary>
/// What a <see cref="RunAction"/> carries for its kind — a case action, a hold, a step skipped, a collection cost, what
/// holds its penalties or a problem. Nearly every action carries one of them, so an action keeps them in one field: the
/// detail itself, or, for the rare action given several, a <see cref="Several"/> holding one of each type.
/// </summary>
internal static class RunActionDetail
{
    /// <summary>The detail of type <typeparamref name="T"/> kept in <paramref name="detail"/>, if any.</summary>
    internal static T? Get<T>(object? detail)
        where T : class
        => detail as T ?? (detail as Several)?.Get<T>();

    /// <summary>The field holding <paramref name="detail"/>'s other types and <paramref name="value"/> as the one of type <typeparamref name="T"/>.</summary>
    internal static object? With<T>(object? detail, T? value)
        where T : class
    {
        if (detail is null || detail is T)
        {
            return value;
        }

        var others = detail is Several several ? several.Items : [detail];
        var kept = Array.FindAll(others, o => o is not T);
        object[] items = value is null ? kept : [.. kept, value];
        return items.Length switch
        {
            0 => null,
            1 => items[0],
            _ => new Several(items),
        };
    }

    /// <summary>Details of different types, compared as a set.</summary>
    internal sealed class Several(object[] items) : IEquatable<Several>
    {
        internal object[] Items { get; } = items;

        internal T? Get<T>()
            where T : class
            => Array.Find(Items, o => o is T) as T;

        public bool Equals(Several? other)
            => other is not null && other.Items.Length == Items.Length && Array.TrueForAll(Items, o => Equals(o, Array.Find(other.Items, p => p.GetType() == o.GetType())));

        public override bool Equals(object? obj) => Equals(obj as Several);

        public override int GetHashCode()
        {
            // Order-free: the same details set in another order are the same action.
            var hash = 0;
            foreach (var item in Items)
            {
                hash ^= item.GetHashCode();
            }

            return hash;
        }
    }
}
