using NodaTime;

namespace Recouvrement.Calendars;

/// <summary>
/// Which days are business days in a country or region: what the kernel needs to place instalments and deadlines.
/// Recouvrement.Scheduling ships the calendars (France, Alsace-Moselle, England and Wales, Germany, from data); the
/// day arithmetic is in <see cref="BusinessDays"/>.
/// </summary>
/// <remarks>Implementations must be deterministic, immutable and thread-safe.</remarks>
public interface IBusinessCalendar
{
    /// <summary>Gets the calendar's name ("France", "England and Wales").</summary>
    string Name { get; }

    /// <summary>Returns whether <paramref name="day"/> is a business day: not a weekend day, not a public holiday.</summary>
    /// <param name="day">The day.</param>
    /// <returns>True for a business day.</returns>
    bool IsBusinessDay(LocalDate day);

    /// <summary>Returns whether <paramref name="day"/> is a public holiday, whatever day of the week it falls on.</summary>
    /// <param name="day">The day.</param>
    /// <returns>True for a public holiday (a substitute day included).</returns>
    bool IsPublicHoliday(LocalDate day);
}
