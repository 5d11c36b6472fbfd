using System.Globalization;
using NodaTime;

namespace Recouvrement.Internal;

/// <summary>The one date format of every breakdown and error message: ISO 8601, culture-free.</summary>
internal static class Iso
{
    internal static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
