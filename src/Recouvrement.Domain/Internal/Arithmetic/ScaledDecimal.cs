using System;

namespace Recouvrement.Internal;

/// <summary>
/// A decimal read as a whole number of 10^-<see cref="Scale"/> in a <see cref="long"/> — 0.145 is 145 at scale 3 — so
/// that hot loops multiply and add integers, several times faster than decimals, and fall back to
/// <see cref="Value"/> only when <see cref="Fits"/> is false.
/// </summary>
internal readonly struct ScaledDecimal
{
    /// <summary>The magnitude integer counts stay below, 2^62: two of them add without overflow.</summary>
    public const long Bound = 1L << 62;

    // 10^0 … 10^18: every power of ten a long holds; and the largest count each can scale without reaching the bound.
    private static readonly long[] PowersOfTen = Powers();
    private static readonly long[] ScalableUpTo = System.Array.ConvertAll(PowersOfTen, power => (Bound - 1) / power);

    public ScaledDecimal(decimal value)
    {
        Value = value;
        Fits = TryRead(value, out var units, out var scale);
        (Units, Scale) = (units, scale);
    }

    /// <summary>The value.</summary>
    public decimal Value { get; }

    /// <summary>The count of 10^-<see cref="Scale"/>; 0 when it does not fit.</summary>
    public long Units { get; }

    /// <summary>The number of decimals <see cref="Units"/> counts.</summary>
    public int Scale { get; }

    /// <summary>Whether <see cref="Units"/> holds the value.</summary>
    public bool Fits { get; }

    /// <summary>Reads <paramref name="value"/> as <paramref name="units"/> × 10^-<paramref name="scale"/>; false when the units need more than a long.</summary>
    public static bool TryRead(decimal value, out long units, out int scale)
    {
#if NET5_0_OR_GREATER
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        scale = (bits[3] >> 16) & 0xFF;

        // The low word is unsigned: read its bits as they are (the build checks every conversion otherwise).
        var magnitude = ((long)bits[1] << 32) | unchecked((uint)bits[0]);
        var fits = bits[2] == 0 && bits[1] >= 0;
        units = !fits ? 0L : bits[3] < 0 ? -magnitude : magnitude;
        return fits;
#else
        // netstandard2.0 reads a decimal's bits only into a new array: scale it up until it is whole instead.
        for (scale = 0; decimal.Truncate(value) != value; scale++)
        {
            value *= 10m;
        }

        var fits = value >= long.MinValue && value <= long.MaxValue;
        units = fits ? decimal.ToInt64(value) : 0L;
        return fits;
#endif
    }

    /// <summary>10^<paramref name="digits"/>, for 0 to 18 digits.</summary>
    public static long PowerOfTen(int digits) => PowersOfTen[digits];

    /// <summary>Multiplies <paramref name="value"/> by 10^<paramref name="digits"/> when the result stays below <see cref="Bound"/>.</summary>
    public static bool TryScaleUp(ref long value, int digits)
    {
        if (digits >= PowersOfTen.Length || value > ScalableUpTo[digits] || value < -ScalableUpTo[digits])
        {
            return false;
        }

        value *= PowersOfTen[digits];
        return true;
    }

    /// <summary>Multiplies two counts when the product stays below <see cref="Bound"/>.</summary>
    public static bool TryMultiply(long left, long right, out long product)
    {
#if NET5_0_OR_GREATER
        var high = Math.BigMul(left, right, out product);
        return high == product >> 63 && product < Bound && product > -Bound;
#else
        var limit = right == 0 ? long.MaxValue : (Bound - 1) / Math.Abs(right);
        var fits = left <= limit && left >= -limit;
        product = fits ? left * right : 0L;
        return fits;
#endif
    }

    /// <summary>Adds two counts below <see cref="Bound"/> when the sum stays below it too.</summary>
    public static bool TryAdd(long left, long right, out long sum)
    {
        sum = left + right;
        return sum < Bound && sum > -Bound;
    }

    /// <summary>The decimal <paramref name="units"/> × 10^-<paramref name="scale"/>, built from its parts.</summary>
    public static decimal ToDecimal(long units, int scale)
    {
        // long.MinValue has no positive counterpart in a long, but its magnitude fits the ulong; words are read as bits.
        var magnitude = units < 0 ? unchecked((ulong)-units) : (ulong)units;
        return new decimal(unchecked((int)magnitude), unchecked((int)(magnitude >> 32)), 0, units < 0, (byte)scale);
    }

    private static long[] Powers()
    {
        var powers = new long[19];
        powers[0] = 1L;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10L;
        }

        return powers;
    }
}
