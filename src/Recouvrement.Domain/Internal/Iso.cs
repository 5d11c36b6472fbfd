using System.Globalization;
using NodaTime;

namespace Recouvrement.Internal;

/// <summary>The date formats of breakdowns and error messages, culture-free: ISO 8601, and the French day/month/year.</summary>
internal static class Iso
{
    internal static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    internal static string FrenchDate(LocalDate date) => date.ToString("dd/MM/uuuu", CultureInfo.InvariantCulture);

    /// <summary>
    /// The date <paramref name="months"/> months later, or the last date there is when that is beyond it: a deadline
    /// derived from a date at the end of the calendar is that end, not a crash. For 0 to 12 months.
    /// </summary>
    internal static LocalDate PlusMonthsOrLast(LocalDate date, int months)
        => date.Year < LocalDate.MaxIsoValue.Year || date.Month + months <= 12 ? date.PlusMonths(months) : LocalDate.MaxIsoValue;
}
