using System;

namespace Recouvrement.Internal;

/// <summary>
/// A set of the whole numbers below a size that finds its next member after any number in a few word reads: one bit
/// per number, and above every 64 words of a level one bit per word that holds a member, up to a single word. Adding,
/// removing and finding the next member read one word per level, so three levels cover 262,144 numbers.
/// </summary>
/// <remarks>
/// <para>It is the sorted list of what is still open when the order is known in advance: number the items in that
/// order once, then walk the members, skipping what left the set without reading it.</para>
/// <para>An empty set has no bit set: <see cref="Clear"/> clears only when a member is left, and only the words the
/// size in use reaches, so a set that once served a large account costs a small one nothing.</para>
/// </remarks>
internal sealed class OrdinalSet
{
    private ulong[][] levels = [new ulong[1]];
    private int[] wordsInUse = [1];

    /// <summary>Gets how many numbers are members.</summary>
    internal int Count { get; private set; }

    /// <summary>Empties the set and makes room for the numbers below <paramref name="size"/>.</summary>
    internal void Reset(int size)
    {
        Clear();
        if (size > levels[0].Length * 64)
        {
            var sizes = new System.Collections.Generic.List<ulong[]>();
            for (var bits = size; ; bits = (bits + 63) / 64)
            {
                sizes.Add(new ulong[(bits + 63) / 64]);
                if (bits <= 64)
                {
                    break;
                }
            }

            levels = [.. sizes];
            wordsInUse = new int[levels.Length];
        }

        for (int k = 0, bits = size; k < levels.Length; k++, bits = (bits + 63) / 64)
        {
            wordsInUse[k] = Math.Max(1, (bits + 63) / 64);
        }
    }

    /// <summary>Adds <paramref name="number"/>; nothing when it is a member already.</summary>
    internal void Add(int number)
    {
        for (var k = 0; k < levels.Length; k++, number >>= 6)
        {
            ref var word = ref levels[k][number >> 6];
            var bit = 1UL << (number & 63);
            if ((word & bit) != 0)
            {
                return;
            }

            Count += k == 0 ? 1 : 0;
            var wasEmpty = word == 0;
            word |= bit;
            if (!wasEmpty)
            {
                return;
            }
        }
    }

    /// <summary>Removes <paramref name="number"/>; nothing when it is not a member.</summary>
    internal void Remove(int number)
    {
        for (var k = 0; k < levels.Length; k++, number >>= 6)
        {
            ref var word = ref levels[k][number >> 6];
            var bit = 1UL << (number & 63);
            if ((word & bit) == 0)
            {
                return;
            }

            Count -= k == 0 ? 1 : 0;
            word &= ~bit;
            if (word != 0)
            {
                return;
            }
        }
    }

    /// <summary>Returns whether <paramref name="number"/> is a member.</summary>
    internal bool Contains(int number) => (levels[0][number >> 6] & (1UL << (number & 63))) != 0;

    /// <summary>Returns the least member at or after <paramref name="number"/>, or -1 when there is none.</summary>
    internal int Next(int number)
    {
        // Up: the first level whose word, from the number on, holds a member.
        var k = 0;
        while (true)
        {
            var word = number >> 6;
            if (k == levels.Length || word >= wordsInUse[k])
            {
                return -1;
            }

            var bits = levels[k][word] & (ulong.MaxValue << (number & 63));
            if (bits != 0)
            {
                number = (word << 6) + TrailingZeros(bits);
                break;
            }

            (number, k) = (word + 1, k + 1);
        }

        // Down: the first member under each word found.
        for (; k > 0; k--)
        {
            number = (number << 6) + TrailingZeros(levels[k - 1][number]);
        }

        return number;
    }

    /// <summary>Removes every member.</summary>
    internal void Clear()
    {
        if (Count > 0)
        {
            for (var k = 0; k < levels.Length; k++)
            {
                Array.Clear(levels[k], 0, wordsInUse[k]);
            }

            Count = 0;
        }
    }

    private static int TrailingZeros(ulong bits)
    {
#if NET5_0_OR_GREATER
        return System.Numerics.BitOperations.TrailingZeroCount(bits);
#else
        // De Bruijn: the lowest bit alone, times the sequence, indexes the table by its top six bits.
        return DeBruijn[unchecked((bits & (0 - bits)) * 0x03F79D71B4CB0A89UL) >> 58];
#endif
    }

#if !NET5_0_OR_GREATER
    private static readonly int[] DeBruijn =
    [
        0, 1, 48, 2, 57, 49, 28, 3, 61, 58, 50, 42, 38, 29, 17, 4, 62, 55, 59, 36, 53, 51, 43, 22, 45, 39, 33, 30, 24, 18, 12, 5,
        63, 47, 56, 27, 60, 41, 37, 16, 54, 35, 52, 21, 44, 32, 23, 11, 46, 26, 40, 15, 34, 20, 31, 10, 25, 14, 19, 9, 13, 8, 7, 6,
    ];
#endif
}
