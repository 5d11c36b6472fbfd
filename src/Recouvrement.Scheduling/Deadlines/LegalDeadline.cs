using System;
using NodaTime;
using Recouvrement.Calendars;

namespace Recouvrement.Scheduling;

/// <summary>
/// Deadline arithmetic of the French code of civil procedure (art. 640 to 642): the day of the event does not count; a
/// deadline in days ends on the last day counted; in months, on the same day of the month, or the last day of a shorter
/// month; a deadline ending on a Saturday, Sunday, holiday or non-working day runs to the next working day.
/// </summary>
public static class LegalDeadline
{
    /// <summary>A deadline of <paramref name="days"/> days from <paramref name="eventDate"/> (CPC 641 al. 1, 642).</summary>
    /// <param name="eventDate">The event; it does not count.</param>
    /// <param name="days">The number of days, positive.</param>
    /// <param name="calendar">The calendar of the place where the act must be done.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is not positive.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static Deadline InDays(LocalDate eventDate, int days, IBusinessCalendar calendar)
    {
        Check(days, nameof(days), calendar);
        return Deadline.Ending(eventDate, eventDate.PlusDays(days), calendar);
    }

    /// <summary>
    /// A deadline of <paramref name="months"/> months from <paramref name="eventDate"/> (CPC 641 al. 2, 642): the same
    /// day of the month, or the last day of the month when it has no such day.
    /// </summary>
    /// <param name="eventDate">The event; it does not count.</param>
    /// <param name="months">The number of months, positive.</param>
    /// <param name="calendar">The calendar of the place where the act must be done.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is not positive.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static Deadline InMonths(LocalDate eventDate, int months, IBusinessCalendar calendar)
    {
        Check(months, nameof(months), calendar);
        return Deadline.Ending(eventDate, eventDate.PlusMonths(months), calendar);
    }

    private static void Check(int count, string name, IBusinessCalendar calendar)
    {
        _ = calendar ?? throw new ArgumentNullException(nameof(calendar));
        if (count <= 0)
        {
            throw new ArgumentOutOfRangeException(name, count, "A deadline runs for at least one day or month.");
        }
    }
}
