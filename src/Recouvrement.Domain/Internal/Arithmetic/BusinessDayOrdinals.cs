using System;
using NodaTime;

namespace Recouvrement.Internal;

/// <summary>
/// One year's business days numbered, what a calendar answers <see cref="Calendars.IBusinessDayIndex"/> from: for each
/// day the number of business days from 1 January up to and including it, and for each number the day that carries it.
/// Two array reads where a walk would test each day.
/// </summary>
/// <remarks>
/// Days are indexed by month × 32 + day, like the calendar's bitmaps, so that a look-up needs only the date's month and
/// day. The slots no date has (day 0, 30 February…) repeat the count so far. Both arrays hold <see cref="ushort"/>s: 416
/// counts and one slot per business day, about 1.3 KB a year. A count per 64-day word of the closed-days bitmap and a
/// population count would take 14 bytes, but finding the n-th business day would then select a bit within a word, and
/// netstandard2.0 has neither instruction.
/// </remarks>
internal sealed class BusinessDayOrdinals
{
    private const int Slots = 13 * 32;
    private readonly ushort[] through = new ushort[Slots];
    private readonly ushort[] slots;

    /// <summary>Numbers the business days of <paramref name="year"/>.</summary>
    /// <param name="year">The year.</param>
    /// <param name="isBusinessDay">Whether a day of the year is a business day.</param>
    internal BusinessDayOrdinals(int year, Func<LocalDate, bool> isBusinessDay)
    {
        Year = year;
        var found = new ushort[366];
        var count = 0;
        for (var month = 1; month <= 12; month++)
        {
            var length = CalendarSystem.Iso.GetDaysInMonth(year, month);
            for (var day = 0; day < 32; day++)
            {
                var slot = (month * 32) + day;
                if (day >= 1 && day <= length && isBusinessDay(new LocalDate(year, month, day)))
                {
                    found[count++] = (ushort)slot;
                }

                through[slot] = (ushort)count;
            }
        }

        slots = new ushort[count];
        Array.Copy(found, slots, count);
    }

    /// <summary>Gets the year.</summary>
    internal int Year { get; }

    /// <summary>Gets the number of business days in the year.</summary>
    internal int Count => slots.Length;

    /// <summary>Counts the business days from 1 January up to and including the day.</summary>
    /// <param name="month">The day's month.</param>
    /// <param name="day">The day of the month.</param>
    /// <returns>The count.</returns>
    internal int Through(int month, int day) => through[(month * 32) + day];

    /// <summary>Returns the business day numbered <paramref name="n"/>, the first being 1.</summary>
    /// <param name="n">The number.</param>
    /// <returns>The day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year has no business day so numbered.</exception>
    internal LocalDate Nth(int n)
    {
        if (n < 1 || n > slots.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, $"{Year} has {slots.Length} business days, numbered from 1.");
        }

        var slot = slots[n - 1];
        return new LocalDate(Year, slot >> 5, slot & 31);
    }
}
