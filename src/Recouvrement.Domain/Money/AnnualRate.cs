using System;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace Recouvrement;

/// <summary>
/// An annual interest rate in <see cref="decimal"/>, unambiguous about percent versus fraction: build it with
/// <see cref="FromPercent"/> (10.5 means 10.5 %) or <see cref="FromFraction"/> (0.105 means 10.5 %), read it back as
/// <see cref="Percent"/> or <see cref="Fraction"/>.
/// </summary>
/// <remarks>
/// <para>Rates can be negative: reference rates have been (the German base rate was −0.88 % from 2016 to 2022).</para>
/// <para>Adding rates adds percentage points (reference rate + margin); multiplying scales a rate (3 × the legal rate).</para>
/// <para><c>default(AnnualRate)</c> is 0 %. This type is an immutable value type and thread-safe.</para>
/// </remarks>
public readonly struct AnnualRate : IEquatable<AnnualRate>, IComparable<AnnualRate>, IComparable, IFormattable
{
    private readonly decimal fraction;

    private AnnualRate(decimal fraction) => this.fraction = fraction;

    /// <summary>Gets the rate of 0 %.</summary>
    public static AnnualRate Zero => default;

    /// <summary>Gets the rate as a fraction: 0.105 for 10.5 %.</summary>
    public decimal Fraction => fraction;

    /// <summary>Gets the rate in percent: 10.5 for 10.5 %.</summary>
    public decimal Percent => fraction * 100m;

    /// <summary>Creates a rate from a number of percent.</summary>
    /// <param name="percent">The rate in percent: 10.5 for 10.5 %.</param>
    /// <returns>The rate.</returns>
    [Pure]
    public static AnnualRate FromPercent(decimal percent) => new(percent / 100m);

    /// <summary>Creates a rate from a fraction.</summary>
    /// <param name="fraction">The rate as a fraction: 0.105 for 10.5 %.</param>
    /// <returns>The rate.</returns>
    [Pure]
    public static AnnualRate FromFraction(decimal fraction) => new(fraction);

    /// <summary>Adds two rates, point for point (reference rate + margin).</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The sum.</returns>
    public static AnnualRate operator +(AnnualRate left, AnnualRate right) => left.Plus(right);

    /// <summary>Subtracts a rate, point for point.</summary>
    /// <param name="left">The rate to subtract from.</param>
    /// <param name="right">The rate to subtract.</param>
    /// <returns>The difference.</returns>
    public static AnnualRate operator -(AnnualRate left, AnnualRate right) => left.Minus(right);

    /// <summary>Scales a rate (3 × the legal rate).</summary>
    /// <param name="left">The factor.</param>
    /// <param name="right">The rate.</param>
    /// <returns>The scaled rate.</returns>
    public static AnnualRate operator *(decimal left, AnnualRate right) => right.Multiply(left);

    /// <summary>Scales a rate.</summary>
    /// <param name="left">The rate.</param>
    /// <param name="right">The factor.</param>
    /// <returns>The scaled rate.</returns>
    public static AnnualRate operator *(AnnualRate left, decimal right) => left.Multiply(right);

    /// <summary>Returns whether two rates are equal.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AnnualRate left, AnnualRate right) => left.Equals(right);

    /// <summary>Returns whether two rates differ.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(AnnualRate left, AnnualRate right) => !left.Equals(right);

    /// <summary>Compares two rates.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower.</returns>
    public static bool operator <(AnnualRate left, AnnualRate right) => left.fraction < right.fraction;

    /// <summary>Compares two rates.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower or equal.</returns>
    public static bool operator <=(AnnualRate left, AnnualRate right) => left.fraction <= right.fraction;

    /// <summary>Compares two rates.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher.</returns>
    public static bool operator >(AnnualRate left, AnnualRate right) => left.fraction > right.fraction;

    /// <summary>Compares two rates.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher or equal.</returns>
    public static bool operator >=(AnnualRate left, AnnualRate right) => left.fraction >= right.fraction;

    /// <summary>Adds a rate, point for point.</summary>
    /// <param name="other">The rate to add.</param>
    /// <returns>The sum.</returns>
    [Pure]
    public AnnualRate Plus(AnnualRate other) => new(fraction + other.fraction);

    /// <summary>Subtracts a rate, point for point.</summary>
    /// <param name="other">The rate to subtract.</param>
    /// <returns>The difference.</returns>
    [Pure]
    public AnnualRate Minus(AnnualRate other) => new(fraction - other.fraction);

    /// <summary>Scales the rate.</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The scaled rate.</returns>
    [Pure]
    public AnnualRate Multiply(decimal factor) => new(fraction * factor);

    /// <summary>Compares with another rate.</summary>
    /// <param name="other">The rate to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this rate is lower, equal or higher.</returns>
    public int CompareTo(AnnualRate other) => fraction.CompareTo(other.fraction);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        AnnualRate other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(AnnualRate)}.", nameof(obj)),
    };

    /// <summary>Returns whether <paramref name="other"/> is the same rate.</summary>
    /// <param name="other">The rate to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(AnnualRate other) => fraction == other.fraction;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AnnualRate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => fraction.GetHashCode();

    /// <summary>Formats the rate in percent with the invariant culture: <c>10.15 %</c>.</summary>
    /// <returns>The formatted rate.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats the rate in percent with the culture's percent pattern (fr-FR: <c>10,15 %</c>, en-GB: <c>10.15%</c>), with at least two
    /// decimals and as many more as the rate holds.
    /// </summary>
    /// <param name="format">Null or "G"; no other format is defined.</param>
    /// <param name="formatProvider">The culture; the current culture when null.</param>
    /// <returns>The formatted rate.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not null or "G".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (format is not (null or "" or "G" or "g"))
        {
            throw new FormatException($"Unknown AnnualRate format \"{format}\": use G.");
        }

        var decimals = Math.Max(2, Scale(Percent));
        return fraction.ToString("P" + decimals.ToString(CultureInfo.InvariantCulture), formatProvider);
    }

    private static int Scale(decimal value)
    {
        // The scale of a decimal, once trailing zeros are dropped.
        var normalized = value / 1.000000000000000000000000000000000m;
        return (decimal.GetBits(normalized)[3] >> 16) & 0xFF;
    }
}
