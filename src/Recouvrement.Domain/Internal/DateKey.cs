using NodaTime;

namespace Recouvrement.Internal;

/// <summary>
/// A <see cref="long"/> that orders ISO dates like <see cref="LocalDate.CompareTo"/> does, several times cheaper to
/// compare: hot paths sort and compare keys, not dates.
/// </summary>
internal static class DateKey
{
    internal static long Of(LocalDate date) => ((long)date.Year * 10_000) + (date.Month * 100) + date.Day;
}
