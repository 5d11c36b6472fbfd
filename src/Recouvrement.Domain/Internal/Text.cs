using System.Globalization;
using NodaTime;

namespace Recouvrement.Internal;

/// <summary>
/// How breakdowns write dates, rates and amounts, in English or in French, the same on every machine (culture data
/// varies between systems, so the formats are fixed here).
/// </summary>
internal static class Text
{
    private static readonly NumberFormatInfo FrenchNumbers = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "\u00a0" };

    internal static NumberFormatInfo Numbers(bool french) => french ? FrenchNumbers : NumberFormatInfo.InvariantInfo;

    internal static string Date(LocalDate date, bool french) => french ? Iso.FrenchDate(date) : Iso.Date(date);

    internal static string Rate(AnnualRate rate, bool french) => rate.Percent.ToString("0.00##", Numbers(french)) + "\u00a0%";

    internal static string Amount(Money money, bool french) => money.ToString("N", Numbers(french));
}
