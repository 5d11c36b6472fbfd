using System;
using System.Diagnostics.Contracts;
using Recouvrement.Internal;

namespace Recouvrement;

/// <summary>
/// An exact amount of money: a <see cref="decimal"/> amount in one <see cref="Recouvrement.Currency"/>.
/// </summary>
/// <remarks>
/// <para>Arithmetic and ordering work within one currency; mixing two currencies is a programmer error and throws
/// <see cref="ArgumentException"/> naming both. Equality across currencies is simply <see langword="false"/>.</para>
/// <para>An amount may carry more decimals than the minor unit (interest is computed exactly and rounded once, at
/// the end): <see cref="Round"/> rounds with an explicit <see cref="RoundingMode"/>, and division exists only as
/// <see cref="Split"/> and <see cref="Allocate"/>, which never create or lose a minor unit.</para>
/// <para><c>default(Money)</c> is zero in <see cref="Currency.XXX"/> (no currency).</para>
/// <para>This type is an immutable value type and thread-safe. <see cref="decimal"/> arithmetic is always checked:
/// an amount beyond its range throws <see cref="OverflowException"/>.</para>
/// </remarks>
public readonly partial struct Money : IEquatable<Money>, IComparable<Money>, IComparable
{
    private readonly decimal amount;
    private readonly Currency? currency;

    /// <summary>Initializes a new amount of money.</summary>
    /// <param name="amount">The amount, in major units (euros, not cents).</param>
    /// <param name="currency">The currency of the amount.</param>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public Money(decimal amount, Currency currency)
    {
        this.amount = amount;
        this.currency = Preconditions.CheckNotNull(currency, nameof(currency));
    }

    /// <summary>Gets the amount in major units.</summary>
    public decimal Amount => amount;

    /// <summary>Gets the currency of the amount.</summary>
    public Currency Currency => currency ?? Currency.XXX;

    // Math.Sign reads the bits; the comparison operators go through a full decimal compare.

    /// <summary>Gets a value indicating whether the amount is zero.</summary>
    public bool IsZero => Math.Sign(amount) == 0;

    /// <summary>Gets a value indicating whether the amount is below zero.</summary>
    public bool IsNegative => Math.Sign(amount) < 0;

    /// <summary>Gets a value indicating whether the amount is above zero.</summary>
    public bool IsPositive => Math.Sign(amount) > 0;

    /// <summary>Gets a value indicating whether the amount is a whole number of minor units (no fraction of a cent).</summary>
    public bool IsWholeMinorUnits =>
#if NET7_0_OR_GREATER
        // Written with at most the minor unit's decimals: whole without rounding anything.
        amount.Scale <= Currency.MinorUnits ||
#endif
        decimal.Round(amount, Currency.MinorUnits) == amount;

    /// <summary>Returns zero in <paramref name="currency"/>.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>A zero amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    [Pure]
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static Money operator +(Money left, Money right) => left.Plus(right);

    /// <summary>Subtracts an amount of the same currency.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static Money operator -(Money left, Money right) => left.Minus(right);

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The opposite amount.</returns>
    public static Money operator -(Money value) => value.Negate();

    /// <summary>Multiplies an amount by a factor; the result is exact and not rounded.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The factor.</param>
    /// <returns>The product.</returns>
    public static Money operator *(Money left, decimal right) => left.Multiply(right);

    /// <summary>Multiplies an amount by a factor; the result is exact and not rounded.</summary>
    /// <param name="left">The factor.</param>
    /// <param name="right">The amount.</param>
    /// <returns>The product.</returns>
    public static Money operator *(decimal left, Money right) => right.Multiply(left);

    /// <summary>Returns whether two amounts have the same value and currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Returns whether two amounts differ in value or currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller or equal.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater or equal.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>Returns the smaller of two amounts of the same currency.</summary>
    /// <param name="x">The first amount.</param>
    /// <param name="y">The second amount.</param>
    /// <returns>The smaller amount.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    [Pure]
    public static Money Min(Money x, Money y) => x <= y ? x : y;

    /// <summary>Returns the greater of two amounts of the same currency.</summary>
    /// <param name="x">The first amount.</param>
    /// <param name="y">The second amount.</param>
    /// <returns>The greater amount.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    [Pure]
    public static Money Max(Money x, Money y) => x >= y ? x : y;

    /// <summary>Adds an amount of the same currency.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    [Pure]
    public Money Plus(Money other)
    {
        var common = CommonCurrency(other, nameof(other));
        return new Money(amount + other.amount, common);
    }

    /// <summary>Subtracts an amount of the same currency.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    [Pure]
    public Money Minus(Money other)
    {
        var common = CommonCurrency(other, nameof(other));
        return new Money(amount - other.amount, common);
    }

    /// <summary>Returns the opposite amount.</summary>
    /// <returns>The amount with its sign changed.</returns>
    [Pure]
    public Money Negate() => new(-amount, Currency);

    /// <summary>Returns the absolute amount.</summary>
    /// <returns>The amount without its sign.</returns>
    [Pure]
    public Money Abs() => new(Math.Abs(amount), Currency);

    /// <summary>Multiplies the amount by a factor; the result is exact and not rounded.</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The product.</returns>
    [Pure]
    public Money Multiply(decimal factor) => new(amount * factor, Currency);

    /// <summary>Rounds the amount to its currency's minor unit.</summary>
    /// <param name="mode">How midpoints are rounded; half away from zero by default.</param>
    /// <returns>The rounded amount. Rounding a rounded amount returns it unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not defined.</exception>
    [Pure]
    public Money Round(RoundingMode mode = RoundingMode.HalfAwayFromZero)
    {
        var midpoint = mode switch
        {
            RoundingMode.HalfAwayFromZero => MidpointRounding.AwayFromZero,
            RoundingMode.HalfToEven => MidpointRounding.ToEven,
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown rounding mode."),
        };
        return new Money(Math.Round(amount, Currency.MinorUnits, midpoint), Currency);
    }

    /// <summary>Returns the amount as a count of minor units (cents for the euro).</summary>
    /// <returns>The number of minor units.</returns>
    /// <exception cref="InvalidOperationException">The amount holds a fraction of a minor unit; round it first.</exception>
    [Pure]
    public decimal ToMinorUnits()
    {
        var units = amount * Currency.Factor;
        if (decimal.Truncate(units) != units)
        {
            throw new InvalidOperationException(
                $"{this} holds a fraction of a minor unit of {Currency.Code}; round it first.");
        }

        return decimal.Truncate(units);
    }

    /// <summary>
    /// The amount as a count of minor units, for hot paths over amounts already checked to be whole and within
    /// <see cref="long"/> (the account ledger counts in integers: several times faster than <see cref="decimal"/>).
    /// </summary>
    internal long WholeMinorUnits => TryWholeMinorUnits(out var units) ? units : decimal.ToInt64(amount * Currency.Factor);

    /// <summary>The amount as a count of minor units when it is whole and fits a <see cref="long"/>.</summary>
    internal bool TryWholeMinorUnits(out long units)
    {
        // An amount written with at most the minor unit's decimals needs no decimal arithmetic; beyond 2^62 minor units,
        // or written with more decimals, the arithmetic below decides.
        if (ScaledDecimal.TryRead(amount, out units, out var scale) && scale <= Currency.MinorUnits)
        {
            if (ScaledDecimal.TryScaleUp(ref units, Currency.MinorUnits - scale))
            {
                return true;
            }
        }

        // An amount beyond long.MaxValue major units fits no count of minor units, and scaling it could overflow.
        var fits = amount is <= long.MaxValue and >= long.MinValue;
        var scaled = fits ? amount * Currency.Factor : 0m;
        if (!fits || decimal.Truncate(scaled) != scaled || scaled > long.MaxValue || scaled < long.MinValue)
        {
            units = 0;
            return false;
        }

        units = decimal.ToInt64(scaled);
        return true;
    }

    /// <summary>Whether this is <c>default(Money)</c>: never given a currency.</summary>
    internal bool IsDefault => currency is null;

    /// <summary>An amount from a count of minor units; builds the decimal from its parts, with no arithmetic.</summary>
    internal static Money FromMinorUnits(long units, Currency currency) => new(ScaledDecimal.ToDecimal(units, currency.MinorUnits), currency);

    /// <summary>Compares with an amount of the same currency.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this amount is smaller, equal or greater.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        CommonCurrency(other, nameof(other));
        return amount.CompareTo(other.amount);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Money)}.", nameof(obj)),
    };

    /// <summary>Returns whether <paramref name="other"/> has the same amount and currency.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns><see langword="true"/> when equal; amounts in two currencies are never equal.</returns>
    public bool Equals(Money other) => amount == other.amount && Currency.Equals(other.Currency);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((amount.GetHashCode() * 397) ^ Currency.GetHashCode());

    private Currency CommonCurrency(Money other, string paramName)
    {
        var mine = Currency;
        var theirs = other.Currency;
        if (!ReferenceEquals(mine, theirs) && !mine.Equals(theirs))
        {
            throw new ArgumentException(
                $"Cannot combine an amount in {mine.Code} with an amount in {theirs.Code}.",
                paramName);
        }

        return mine;
    }
}
