using System.Globalization;
using NodaTime;

namespace Recouvrement.Internal;

/// <summary>The date formats of breakdowns and error messages, culture-free: ISO 8601, and the French day/month/year.</summary>
internal static class Iso
{
    internal static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    internal static string FrenchDate(LocalDate date) => date.ToString("dd/MM/uuuu", CultureInfo.InvariantCulture);
}
