using System;
using NodaTime;

namespace Recouvrement.Calendars;

/// <summary>
/// Business-day arithmetic by the numbers of an <see cref="IBusinessDayIndex"/>: within a year, adding n business days
/// adds n to the start's number and reads back the day so numbered; each year end crossed takes off that year's count.
/// One look-up per year crossed, whatever n.
/// </summary>
/// <remarks>
/// Each method gives what walking day by day gives, or declines (returns false) so that the caller walks and keeps the
/// walk's errors: in the first and the last ISO year, where the walk steps off the calendar
/// (<see cref="OverflowException"/>); and across a year end where a run of closed days longer than the walk's bound
/// (<see cref="BusinessDays.MaxRun"/> days, <see cref="InvalidOperationException"/>) could lie. Such a run fits within
/// two consecutive years, and two years holding together more business days than that bound leave too few closed days
/// for it; so a year end is crossed by the numbers only between two such years. A calendar of five weekend days, or one
/// closed for months, walks across its year ends.
/// </remarks>
internal static class IndexedBusinessDays
{
    private const int MaxBusinessDaysInAYear = 366;

    // Two consecutive years holding at least this many business days together cannot hold the walk's longest run.
    private const int SafeYearEnd = BusinessDays.MaxRun + 1;

    private static readonly int FirstYear = LocalDate.MinIsoValue.Year;
    private static readonly int LastYear = LocalDate.MaxIsoValue.Year;

    /// <summary>The date <paramref name="days"/> business days from <paramref name="date"/>, as <see cref="BusinessDays.AddBusinessDays"/>.</summary>
    internal static bool TryAdd(IBusinessDayIndex index, LocalDate date, int days, out LocalDate landed)
    {
        landed = date;
        var year = date.Year;
        var yearsLeft = days >= 0 ? LastYear - year : year - FirstYear;
        if (!IsInner(year) || Math.Abs((long)days) / MaxBusinessDaysInAYear >= yearsLeft)
        {
            // In the first or the last year, or so far that the numbers would reach it: the walk answers, error included.
            return false;
        }

        var onBusinessDay = index.IsBusinessDay(date);
        if (days == 0 && onBusinessDay)
        {
            return true;
        }

        // The landing day's number counted from the first business day of the start's year: with zero, the next
        // business day's; going back, the business days strictly before the start count.
        var through = index.BusinessDaysThrough(date);
        var number = days switch
        {
            0 => through + 1,
            > 0 => through + days,
            _ => through - (onBusinessDay ? 1 : 0) + days + 1,
        };

        var count = index.BusinessDaysIn(year);
        while (number > count)
        {
            if (!IsInner(year + 1))
            {
                return false;
            }

            var next = index.BusinessDaysIn(year + 1);
            if (count + next < SafeYearEnd)
            {
                return false;
            }

            (number, year, count) = (number - count, year + 1, next);
        }

        while (number < 1)
        {
            if (!IsInner(year - 1))
            {
                return false;
            }

            var previous = index.BusinessDaysIn(year - 1);
            if (previous + count < SafeYearEnd)
            {
                return false;
            }

            (number, year, count) = (number + previous, year - 1, previous);
        }

        landed = index.NthBusinessDay(year, number);
        return true;
    }

    /// <summary>The business days after <paramref name="from"/> up to and including <paramref name="to"/>, no earlier.</summary>
    internal static bool TryCount(IBusinessDayIndex index, LocalDate from, LocalDate to, out int count)
    {
        count = 0;
        if (!IsInner(from.Year) || !IsInner(to.Year))
        {
            return false;
        }

        count = index.BusinessDaysThrough(to) - index.BusinessDaysThrough(from);
        for (var year = from.Year; year < to.Year; year++)
        {
            count += index.BusinessDaysIn(year);
        }

        return true;
    }

    private static bool IsInner(int year) => year > FirstYear && year < LastYear;
}
