using System.Globalization;
using System.Text.RegularExpressions;

namespace Recouvrement.Cli.Portfolios;

/// <summary>
/// The amounts of one CSV file, read with the one decimal separator the file uses. An export writes every amount the same
/// way, so the first amount that shows its separator ("12,34", "1.234,50", "10.50") settles it for the file; one that
/// could be read either way ("1,234": a thousand, or one and a bit?) is refused unless the file settles it, and one that
/// disagrees with the file is refused. Thousands come in groups of three digits: "12,34,56" is not an amount.
/// </summary>
internal sealed partial class CsvAmounts
{
    private readonly char? point;
    private readonly int settledOn;

    private CsvAmounts(char? point, int settledOn) => (this.point, this.settledOn) = (point, settledOn);

    /// <summary>Settles the decimal separator from the file's amounts (whitespace removed), each with its line.</summary>
    internal static CsvAmounts Of(IEnumerable<(int Line, string Text)> amounts)
    {
        foreach (var (line, text) in amounts)
        {
            if (Shown(text) is { } shown)
            {
                return new CsvAmounts(shown, line);
            }
        }

        return new CsvAmounts(null, 0);
    }

    /// <summary>Reads <paramref name="text"/> (whitespace removed); false, with the reason, when it is not an amount of this file.</summary>
    internal bool TryRead(string text, out decimal amount, out string? problem)
    {
        (amount, problem) = (0m, null);
        if (point is { } settled && Shown(text) is { } shown && shown != settled)
        {
            problem = $"\"{text}\" has a decimal {Word(shown)} where line {settledOn} has a decimal {Word(settled)}: an export writes every amount the same way";
            return false;
        }

        var asPoint = Read(text, '.');
        var asComma = Read(text, ',');
        var read = point switch
        {
            '.' => asPoint,
            ',' => asComma,
            _ => asPoint is not null && asComma is not null && asPoint != asComma ? null : asPoint ?? asComma,
        };
        if (read is null)
        {
            problem = point is null && asPoint is not null && asComma is not null
                ? $"\"{text}\" is ambiguous: no amount of the file shows its decimal separator; write its decimals (1234.00 or 1234,00)"
                : $"\"{text}\" is not an amount";
            return false;
        }

        amount = read.Value;
        return true;
    }

    /// <summary>The decimal separator <paramref name="text"/> shows; null when it shows none, or could group thousands.</summary>
    private static char? Shown(string text)
    {
        var (comma, dot) = (text.LastIndexOf(','), text.LastIndexOf('.'));
        if (comma >= 0 && dot >= 0)
        {
            // Both: the last one is the decimal separator, "1.234,50" or "1,234.50".
            return comma > dot ? ',' : '.';
        }

        // One separator, once, not followed by exactly three digits ("12,34", "10.5"); twice, it groups thousands.
        var at = Math.Max(comma, dot);
        return at >= 0 && text.IndexOf(text[at], StringComparison.Ordinal) == at && text.Length - at - 1 != 3 ? text[at] : null;
    }

    /// <summary><paramref name="text"/> read with <paramref name="decimalSeparator"/>, the other one grouping thousands; null when it does not fit.</summary>
    private static decimal? Read(string text, char decimalSeparator)
    {
        var (pattern, group) = decimalSeparator == '.' ? (PointAmount(), ",") : (CommaAmount(), ".");
        return pattern.IsMatch(text)
            && decimal.TryParse(
                text.Replace(group, string.Empty, StringComparison.Ordinal).Replace(decimalSeparator, '.'),
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture,
                out var amount)
            ? amount
            : null;
    }

    private static string Word(char separator) => separator == ',' ? "comma" : "point";

    [GeneratedRegex(@"^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PointAmount();

    [GeneratedRegex(@"^[+-]?(\d+|\d{1,3}(\.\d{3})+)(,\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CommaAmount();
}
