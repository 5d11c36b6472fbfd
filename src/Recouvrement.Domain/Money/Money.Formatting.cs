using System;
using System.Globalization;
using Ardalis.Result;
using Recouvrement.Internal;

namespace Recouvrement;

/// <summary>Formatting and parsing of <see cref="Money"/>.</summary>
public readonly partial struct Money : IFormattable
{
    // "G" keeps every decimal the amount holds, and at least the currency's minor units.
    private static readonly string[] GeneralPatterns =
    [
        "0.############################",
        "0.0###########################",
        "0.00##########################",
        "0.000#########################",
        "0.0000########################",
    ];

    /// <summary>Formats the amount with the invariant culture and the "G" format: <c>1234.56 EUR</c>.</summary>
    /// <returns>The formatted amount.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the amount.</summary>
    /// <param name="format">
    /// <c>G</c> (or null): the exact amount and the ISO code, no grouping (<c>1234.56 EUR</c>);
    /// <c>N</c>: grouped, at the currency's minor units, then the code (<c>1,234.56 EUR</c>);
    /// <c>C</c>: the culture's currency pattern with the currency's own symbol (fr-FR: <c>1 234,56 €</c>).
    /// <c>N</c> and <c>C</c> show the amount at the minor unit, midpoints away from zero.
    /// </param>
    /// <param name="formatProvider">The culture; the current culture when null.</param>
    /// <returns>The formatted amount.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of G, N or C.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var numberFormat = NumberFormatInfo.GetInstance(formatProvider);
        var money = Currency;
        switch (format)
        {
            case null or "" or "G" or "g":
                return amount.ToString(GeneralPatterns[money.MinorUnits], numberFormat) + " " + money.Code;
            case "N" or "n":
                return DisplayAmount().ToString("N" + money.MinorUnits.ToString(CultureInfo.InvariantCulture), numberFormat)
                       + " " + money.Code;
            case "C" or "c":
                return DisplayAmount().ToString("C", CurrencyFormat(numberFormat, money));
            default:
                throw new FormatException($"Unknown Money format \"{format}\": use G, N or C.");
        }
    }

    /// <summary>
    /// Parses an amount of a known currency, as a person or an ERP export writes it: <c>1 234,56 €</c> (fr-FR),
    /// <c>€1,234.56</c> (en-IE), <c>1234.56 EUR</c>, <c>-12.5</c>. The code or symbol is optional; when present it
    /// must be <paramref name="currency"/>'s.
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="currency">The currency of the amount.</param>
    /// <param name="formatProvider">The culture whose separators the text uses; the invariant culture when null.</param>
    /// <returns>
    /// The amount, or an invalid result when the text is blank, is not a number, names another currency, or has
    /// more decimals than the currency's minor unit.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public static Result<Money> Parse(string? text, Currency currency, IFormatProvider? formatProvider)
    {
        Preconditions.CheckNotNull(currency, nameof(currency));
        if (string.IsNullOrWhiteSpace(text))
        {
            return ValidationErrors.Single<Money>(nameof(text), text, "must hold an amount", ErrorCodes.Required);
        }

        var (number, code) = SplitCode(text!.Trim());
        if (code is not null && !string.Equals(code, currency.Code, StringComparison.OrdinalIgnoreCase))
        {
            return ValidationErrors.Single<Money>(
                nameof(text), text, $"is in {code.ToUpperInvariant()}, not in {currency.Code}", ErrorCodes.CurrencyMismatch);
        }

        return ParseNumber(text, number, currency, formatProvider);
    }

    /// <summary>
    /// Parses an amount that names its currency by ISO code, such as <c>1234.56 EUR</c> or <c>GBP 12.50</c>.
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="registry">The currencies the code is looked up in.</param>
    /// <param name="formatProvider">The culture whose separators the text uses; the invariant culture when null.</param>
    /// <returns>The amount, or an invalid result naming every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is null.</exception>
    public static Result<Money> Parse(string? text, CurrencyRegistry registry, IFormatProvider? formatProvider)
    {
        Preconditions.CheckNotNull(registry, nameof(registry));
        if (string.IsNullOrWhiteSpace(text))
        {
            return ValidationErrors.Single<Money>(nameof(text), text, "must hold an amount", ErrorCodes.Required);
        }

        var (number, code) = SplitCode(text!.Trim());
        if (code is null)
        {
            return ValidationErrors.Single<Money>(
                nameof(text), text, "must name its currency by ISO code, such as 12.50 EUR", ErrorCodes.Format);
        }

        return registry.TryFind(code, out var currency)
            ? ParseNumber(text, number, currency, formatProvider)
            : ValidationErrors.Single<Money>(nameof(text), text, $"names an unknown currency {code}", ErrorCodes.UnknownCurrency);
    }

    private static Result<Money> ParseNumber(string text, string number, Currency currency, IFormatProvider? formatProvider)
    {
        var numberFormat = NumberFormatInfo.GetInstance(formatProvider ?? CultureInfo.InvariantCulture);
        number = StripSymbol(number, currency.Symbol);
        if (IsSpace(numberFormat.NumberGroupSeparator))
        {
            // People type an ordinary space where fr-FR groups with a narrow no-break space.
            number = number.Replace(' ', '\u00A0').Replace('\u202F', '\u00A0')
                .Replace('\u00A0', numberFormat.NumberGroupSeparator[0]);
        }

        if (!decimal.TryParse(number, NumberStyles.Number | NumberStyles.AllowParentheses, numberFormat, out var value))
        {
            return ValidationErrors.Single<Money>(nameof(text), text, "is not a number in the given culture", ErrorCodes.Format);
        }

        var parsed = new Money(value, currency);
        return parsed.IsWholeMinorUnits
            ? Result<Money>.Success(parsed)
            : ValidationErrors.Single<Money>(
                nameof(text), text, $"has more decimals than {currency.Code} allows ({currency.MinorUnits})", ErrorCodes.SubMinorUnit);
    }

    private static (string Number, string? Code) SplitCode(string text)
    {
        if (text.Length > 3 && IsCode(text, text.Length - 3) && !char.IsLetter(text[text.Length - 4]))
        {
            return (text.Substring(0, text.Length - 3).Trim(), text.Substring(text.Length - 3));
        }

        if (text.Length > 3 && IsCode(text, 0) && !char.IsLetter(text[3]))
        {
            return (text.Substring(3).Trim(), text.Substring(0, 3));
        }

        return (text, null);
    }

    private static bool IsCode(string text, int start)
        => IsAsciiLetter(text[start]) && IsAsciiLetter(text[start + 1]) && IsAsciiLetter(text[start + 2]);

    private static bool IsAsciiLetter(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    private static string StripSymbol(string number, string symbol)
    {
        // The symbol may stand before or after the sign ("-€12.50", "€-12.50", "-12,50 €"), so take it out wherever it is.
        var at = number.IndexOf(symbol, StringComparison.Ordinal);
        return at < 0 ? number : number.Remove(at, symbol.Length).Trim();
    }

    private static bool IsSpace(string separator) => separator.Length == 1 && char.IsWhiteSpace(separator[0]);

    private static NumberFormatInfo CurrencyFormat(NumberFormatInfo culture, Currency currency)
    {
        var format = (NumberFormatInfo)culture.Clone();
        format.CurrencySymbol = currency.Symbol;
        format.CurrencyDecimalDigits = currency.MinorUnits;
        return format;
    }

    private decimal DisplayAmount() => Math.Round(amount, Currency.MinorUnits, MidpointRounding.AwayFromZero);
}
