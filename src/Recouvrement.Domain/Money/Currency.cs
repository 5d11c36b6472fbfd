using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Linq;
using Ardalis.Result;
using Recouvrement.Internal;

namespace Recouvrement;

/// <summary>
/// A currency: its ISO 4217 code, the number of decimal places of its minor unit, and the symbol shown
/// in currency-formatted amounts.
/// </summary>
/// <remarks>
/// <para>Two currencies are equal when their codes and minor units are equal; the symbol is presentation only.</para>
/// <para>The well-known currencies are exposed as static properties; <see cref="CurrencyRegistry"/> finds one by
/// code and lets a host add a currency of its own, created with <see cref="Create"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Currency : IEquatable<Currency>
{
    /// <summary>The largest number of minor-unit decimal places accepted (ISO 4217 uses at most 4).</summary>
    public const int MaxMinorUnits = 4;

    private static readonly int[] Factors = [1, 10, 100, 1_000, 10_000];

    private Currency(string code, int minorUnits, string symbol)
    {
        Code = code;
        MinorUnits = minorUnits;
        Symbol = symbol;
        UnitsPerMajor = Factors[minorUnits];
        Factor = UnitsPerMajor;
        MinorUnit = 1m / Factor;
    }

    /// <summary>Gets the euro (2 decimals).</summary>
    public static Currency EUR { get; } = new("EUR", 2, "€");

    /// <summary>Gets the pound sterling (2 decimals).</summary>
    public static Currency GBP { get; } = new("GBP", 2, "£");

    /// <summary>Gets the United States dollar (2 decimals).</summary>
    public static Currency USD { get; } = new("USD", 2, "$");

    /// <summary>Gets the Swiss franc (2 decimals).</summary>
    public static Currency CHF { get; } = new("CHF", 2, "CHF");

    /// <summary>Gets the Swedish krona (2 decimals).</summary>
    public static Currency SEK { get; } = new("SEK", 2, "kr");

    /// <summary>Gets the Norwegian krone (2 decimals).</summary>
    public static Currency NOK { get; } = new("NOK", 2, "kr");

    /// <summary>Gets the Danish krone (2 decimals).</summary>
    public static Currency DKK { get; } = new("DKK", 2, "kr.");

    /// <summary>Gets the Polish złoty (2 decimals).</summary>
    public static Currency PLN { get; } = new("PLN", 2, "zł");

    /// <summary>Gets the Czech koruna (2 decimals).</summary>
    public static Currency CZK { get; } = new("CZK", 2, "Kč");

    /// <summary>Gets the Hungarian forint (2 decimals in ISO 4217).</summary>
    public static Currency HUF { get; } = new("HUF", 2, "Ft");

    /// <summary>Gets the Romanian leu (2 decimals).</summary>
    public static Currency RON { get; } = new("RON", 2, "lei");

    /// <summary>Gets the Japanese yen (no minor unit).</summary>
    public static Currency JPY { get; } = new("JPY", 0, "¥");

    /// <summary>Gets the Bahraini dinar (3 decimals).</summary>
    public static Currency BHD { get; } = new("BHD", 3, "BD");

    /// <summary>Gets the Kuwaiti dinar (3 decimals).</summary>
    public static Currency KWD { get; } = new("KWD", 3, "KD");

    /// <summary>
    /// Gets the ISO 4217 "no currency" code XXX, the currency of <c>default(Money)</c>.
    /// </summary>
    public static Currency XXX { get; } = new("XXX", 0, "¤");

    /// <summary>Gets the three-letter ISO 4217 code, in upper case.</summary>
    public string Code { get; }

    /// <summary>Gets the number of decimal places of the minor unit (2 for the euro, 0 for the yen).</summary>
    public int MinorUnits { get; }

    /// <summary>Gets the symbol used by currency formatting ("€", "£", "CHF"…).</summary>
    public string Symbol { get; }

    /// <summary>Gets the smallest amount of this currency: 0.01 for the euro, 1 for the yen.</summary>
    public decimal MinorUnit { get; }

    /// <summary>Gets 10 raised to <see cref="MinorUnits"/>: the number of minor units in one major unit.</summary>
    internal decimal Factor { get; }

    /// <summary>Gets <see cref="Factor"/> as an integer, for integer arithmetic in minor units.</summary>
    internal int UnitsPerMajor { get; }

    internal static IReadOnlyList<Currency> WellKnown { get; } =
        [EUR, GBP, USD, CHF, SEK, NOK, DKK, PLN, CZK, HUF, RON, JPY, BHD, KWD];

    /// <summary>
    /// Creates a currency that the built-in list does not hold, for a host to add to a <see cref="CurrencyRegistry"/>.
    /// </summary>
    /// <param name="code">Three ASCII letters; stored in upper case.</param>
    /// <param name="minorUnits">Decimal places of the minor unit, from 0 to <see cref="MaxMinorUnits"/>.</param>
    /// <param name="symbol">The display symbol; the code when omitted.</param>
    /// <returns>The currency, or an invalid result naming every problem with the arguments.</returns>
    [Pure]
    public static Result<Currency> Create(string? code, int minorUnits, string? symbol = null)
    {
        var errors = new ValidationErrors();
        var normalized = code?.Trim().ToUpperInvariant();
        if (normalized is null || normalized.Length != 3 || !normalized.All(c => c is >= 'A' and <= 'Z'))
        {
            errors.Add(nameof(code), code, "must be three letters A-Z (ISO 4217)", ErrorCodes.Format);
        }

        if (minorUnits < 0 || minorUnits > MaxMinorUnits)
        {
            errors.Add(nameof(minorUnits), minorUnits, $"must be between 0 and {MaxMinorUnits}", ErrorCodes.OutOfRange);
        }

        if (symbol is not null && symbol.Trim().Length == 0)
        {
            errors.Add(nameof(symbol), symbol, "must not be blank when given", ErrorCodes.Required);
        }

        return errors.ToResult(() => new Currency(normalized!, minorUnits, symbol?.Trim() ?? normalized!));
    }

    /// <summary>Returns whether <paramref name="other"/> has the same code and minor units.</summary>
    /// <param name="other">The currency to compare with.</param>
    /// <returns><see langword="true"/> when both currencies are the same.</returns>
    public bool Equals(Currency? other)
        => ReferenceEquals(this, other)
           || (other is not null && MinorUnits == other.MinorUnits && string.Equals(Code, other.Code, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Currency);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the ISO 4217 code.</summary>
    /// <returns>The code, for example "EUR".</returns>
    public override string ToString() => Code;
}
