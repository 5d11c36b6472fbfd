using NodaTime;

namespace Recouvrement.Calendars;

/// <summary>
/// A business calendar that numbers the business days of each year, so that <see cref="BusinessDays.AddBusinessDays"/>
/// and <see cref="BusinessDays.BusinessDaysBetween"/> read one number per year crossed instead of testing each day: the
/// cost no longer grows with the number of days. Recouvrement.Scheduling's calendars implement it; a host's own
/// <see cref="IBusinessCalendar"/> need not, and the arithmetic then walks day by day, with the same results.
/// </summary>
/// <remarks>
/// The numbering must agree with <see cref="IBusinessCalendar.IsBusinessDay"/>, and, like the rest of the calendar, be
/// deterministic, immutable and thread-safe.
/// </remarks>
public interface IBusinessDayIndex : IBusinessCalendar
{
    /// <summary>Counts the business days of <paramref name="year"/>.</summary>
    /// <param name="year">The ISO year, −9998 to 9999.</param>
    /// <returns>The count, from 0 to the number of days in the year.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">The year is outside NodaTime's ISO calendar.</exception>
    int BusinessDaysIn(int year);

    /// <summary>
    /// Counts the business days from 1 January of <paramref name="day"/>'s year up to and including
    /// <paramref name="day"/>: a business day's number in its year (the first is 1); for a closed day, the number of the
    /// last business day before it, 0 before the first.
    /// </summary>
    /// <param name="day">The day.</param>
    /// <returns>The count.</returns>
    int BusinessDaysThrough(LocalDate day);

    /// <summary>Returns the business day numbered <paramref name="n"/> in <paramref name="year"/> (the first is 1).</summary>
    /// <param name="year">The ISO year, −9998 to 9999.</param>
    /// <param name="n">The business day's number, from 1 to <see cref="BusinessDaysIn"/> of the year.</param>
    /// <returns>The business day.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="n"/> is not a number of the year.</exception>
    LocalDate NthBusinessDay(int year, int n);
}
