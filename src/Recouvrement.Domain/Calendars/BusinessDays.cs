using System;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Calendars;

/// <summary>
/// Business-day arithmetic over any <see cref="IBusinessCalendar"/>; allocates nothing. Over a calendar that is also an
/// <see cref="IBusinessDayIndex"/>, adding and counting business days cost one look-up per year crossed, whatever the
/// distance; over another, a look-up per day.
/// </summary>
/// <remarks>
/// Every date of NodaTime's ISO calendar (−9998-01-01 to 9999-12-31) may be given; a result that would fall outside it
/// throws <see cref="OverflowException"/>, as NodaTime's own date arithmetic does.
/// </remarks>
public static class BusinessDays
{
    // No calendar in use has more than a few consecutive non-business days; this bounds a broken one.
    internal const int MaxRun = 366;

    /// <summary>Returns the first business day strictly after <paramref name="date"/>.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The date.</param>
    /// <returns>The next business day.</returns>
    /// <exception cref="InvalidOperationException">The calendar has no business day within a year.</exception>
    /// <exception cref="OverflowException">The date sought lies outside the ISO calendar (before <see cref="LocalDate.MinIsoValue"/> or after <see cref="LocalDate.MaxIsoValue"/>), as with <see cref="LocalDate.PlusDays"/>.</exception>
    public static LocalDate NextBusinessDay(this IBusinessCalendar calendar, LocalDate date) => Step(calendar, date, 1);

    /// <summary>Returns the last business day strictly before <paramref name="date"/>.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The date.</param>
    /// <returns>The previous business day.</returns>
    /// <exception cref="InvalidOperationException">The calendar has no business day within a year.</exception>
    /// <exception cref="OverflowException">The date sought lies outside the ISO calendar (before <see cref="LocalDate.MinIsoValue"/> or after <see cref="LocalDate.MaxIsoValue"/>), as with <see cref="LocalDate.PlusDays"/>.</exception>
    public static LocalDate PreviousBusinessDay(this IBusinessCalendar calendar, LocalDate date) => Step(calendar, date, -1);

    /// <summary>
    /// Returns the date <paramref name="days"/> business days after <paramref name="date"/> (before it when negative);
    /// with zero, <paramref name="date"/> itself when it is a business day, else the next one.
    /// </summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The start date.</param>
    /// <param name="days">The number of business days.</param>
    /// <returns>The date.</returns>
    /// <exception cref="InvalidOperationException">The calendar has no business day within a year.</exception>
    /// <exception cref="OverflowException">The date sought lies outside the ISO calendar (before <see cref="LocalDate.MinIsoValue"/> or after <see cref="LocalDate.MaxIsoValue"/>), as with <see cref="LocalDate.PlusDays"/>.</exception>
    public static LocalDate AddBusinessDays(this IBusinessCalendar calendar, LocalDate date, int days)
    {
        Preconditions.CheckNotNull(calendar, nameof(calendar));
        if (calendar is IBusinessDayIndex index && IndexedBusinessDays.TryAdd(index, date, days, out var landed))
        {
            return landed;
        }

        if (days == 0)
        {
            return calendar.IsBusinessDay(date) ? date : Step(calendar, date, 1);
        }

        var direction = Math.Sign(days);
        for (var left = Math.Abs(days); left > 0; left--)
        {
            date = Step(calendar, date, direction);
        }

        return date;
    }

    /// <summary>Counts the business days after <paramref name="start"/> up to and including <paramref name="end"/>.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="start">The first date, excluded.</param>
    /// <param name="end">The last date, included; before <paramref name="start"/> the count is negative.</param>
    /// <returns>The count.</returns>
    public static int BusinessDaysBetween(this IBusinessCalendar calendar, LocalDate start, LocalDate end)
    {
        Preconditions.CheckNotNull(calendar, nameof(calendar));
        var (from, to, sign) = start <= end ? (start, end, 1) : (end, start, -1);
        if (calendar is IBusinessDayIndex index && IndexedBusinessDays.TryCount(index, from, to, out var counted))
        {
            return counted * sign;
        }

        var count = 0;
        // Step before counting, never past the end: the day after LocalDate.MaxIsoValue does not exist.
        for (var day = from; day < to;)
        {
            day = day.PlusDays(1);
            count += calendar.IsBusinessDay(day) ? 1 : 0;
        }

        return count * sign;
    }

    /// <summary>Moves <paramref name="date"/> to a business day by <paramref name="convention"/>.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The date.</param>
    /// <param name="convention">How to move it.</param>
    /// <returns>The adjusted date; <paramref name="date"/> when it is a business day or the convention is unadjusted.</returns>
    /// <exception cref="InvalidOperationException">The calendar has no business day within a year.</exception>
    /// <exception cref="OverflowException">The date sought lies outside the ISO calendar (before <see cref="LocalDate.MinIsoValue"/> or after <see cref="LocalDate.MaxIsoValue"/>), as with <see cref="LocalDate.PlusDays"/>.</exception>
    public static LocalDate Adjust(this IBusinessCalendar calendar, LocalDate date, BusinessDayConvention convention)
    {
        Preconditions.CheckNotNull(calendar, nameof(calendar));
        if (convention == BusinessDayConvention.Unadjusted || calendar.IsBusinessDay(date))
        {
            return date;
        }

        return convention switch
        {
            BusinessDayConvention.Following => Step(calendar, date, 1),
            BusinessDayConvention.Preceding => Step(calendar, date, -1),
            _ => Step(calendar, date, 1) is var next && next.Month == date.Month ? next : Step(calendar, date, -1),
        };
    }

    private static LocalDate Step(IBusinessCalendar calendar, LocalDate date, int direction)
    {
        Preconditions.CheckNotNull(calendar, nameof(calendar));
        for (var i = 0; i < MaxRun; i++)
        {
            date = date.PlusDays(direction);
            if (calendar.IsBusinessDay(date))
            {
                return date;
            }
        }

        throw new InvalidOperationException($"Calendar '{calendar.Name}' has no business day within {MaxRun} days of {Iso.Date(date)}.");
    }
}
