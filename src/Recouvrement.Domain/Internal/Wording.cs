using System.Globalization;
using NodaTime;

namespace Recouvrement.Internal;

/// <summary>
/// The one localisation seam of what a person reads — breakdowns, schedules, letters' lines: its words in the reader's
/// language, English or French (the language of the law the kernel was first written for), and its dates, rates and
/// amounts written the same on every machine (culture data varies between systems, so the formats are fixed here).
/// Chosen once from a culture (<see cref="For"/>), then handed down.
/// </summary>
internal sealed class Wording
{
    private static readonly NumberFormatInfo FrenchNumbers = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "\u00a0" };

    private Wording(bool isFrench) => IsFrench = isFrench;

    /// <summary>Gets the English wording, ISO dates and invariant numbers.</summary>
    public static Wording English { get; } = new(isFrench: false);

    /// <summary>Gets the French wording: dates as 31/12/2026, decimal commas, non-breaking spaces between thousands.</summary>
    public static Wording French { get; } = new(isFrench: true);

    /// <summary>Gets a value indicating whether this is the French wording, for the few texts built differently in French.</summary>
    public bool IsFrench { get; }

    /// <summary>Gets how numbers are written.</summary>
    public NumberFormatInfo Numbers => IsFrench ? FrenchNumbers : NumberFormatInfo.InvariantInfo;

    /// <summary>The wording for <paramref name="culture"/>: French for any French culture, English otherwise.</summary>
    public static Wording For(CultureInfo? culture) => culture?.TwoLetterISOLanguageName == "fr" ? French : English;

    /// <summary>The text in this wording's language.</summary>
    public string Pick(string english, string french) => IsFrench ? french : english;

    /// <summary>A date: ISO in English, day/month/year in French.</summary>
    public string Date(LocalDate date) => IsFrench ? Iso.FrenchDate(date) : Iso.Date(date);

    /// <summary>A rate as a percentage with two to four decimals.</summary>
    public string Rate(AnnualRate rate) => rate.Percent.ToString("0.00##", Numbers) + "\u00a0%";

    /// <summary>An amount with its currency.</summary>
    public string Amount(Money money) => money.ToString("N", Numbers);
}
