using NodaTime;
using Recouvrement.Calendars;

namespace Recouvrement.Scheduling.Tests;

/// <summary>
/// Business-day arithmetic the plainest way, a day at a time, asking the calendar about each day: the reference the
/// calendars' numbered years are checked against.
/// </summary>
internal static class Walk
{
    internal static LocalDate Add(IBusinessCalendar calendar, LocalDate date, int days)
    {
        if (days == 0)
        {
            while (!calendar.IsBusinessDay(date))
            {
                date = date.PlusDays(1);
            }

            return date;
        }

        for (var left = Math.Abs(days); left > 0;)
        {
            date = date.PlusDays(Math.Sign(days));
            left -= calendar.IsBusinessDay(date) ? 1 : 0;
        }

        return date;
    }

    internal static int Count(IBusinessCalendar calendar, LocalDate start, LocalDate end)
    {
        var (from, to, sign) = start <= end ? (start, end, 1) : (end, start, -1);
        var count = 0;
        // Stepping before testing, so that counting up to 9999-12-31 never steps past it.
        for (var day = from; day < to;)
        {
            day = day.PlusDays(1);
            count += calendar.IsBusinessDay(day) ? 1 : 0;
        }

        return sign * count;
    }
}
