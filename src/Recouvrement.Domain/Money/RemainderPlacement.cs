namespace Recouvrement;

/// <summary>
/// Where the minor units left over by an allocation go. Each part receives at most one of them, so the parts of an
/// equal split differ by at most one minor unit.
/// </summary>
public enum RemainderPlacement
{
    /// <summary>The first parts receive the leftover minor units (100.00 in 3 → 33.34, 33.33, 33.33).</summary>
    First = 0,

    /// <summary>The last parts receive the leftover minor units (100.00 in 3 → 33.33, 33.33, 33.34).</summary>
    Last = 1,
}
