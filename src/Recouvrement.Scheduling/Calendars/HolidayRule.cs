using System;
using NodaTime;

namespace Recouvrement.Scheduling;

/// <summary>
/// How a public holiday's date is found each year: a fixed date, an offset from Easter Sunday, or the n-th (or last)
/// weekday of a month; optionally only between two years, and optionally moved to the next free weekday when it falls on
/// a weekend (the substitute days of England and Wales).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class HolidayRule
{
    private readonly Func<int, LocalDate?> dateIn;

    private HolidayRule(string name, Func<int, LocalDate?> dateIn, int fromYear, int untilYear, bool substitute)
    {
        Name = name;
        this.dateIn = dateIn;
        FromYear = fromYear;
        UntilYear = untilYear;
        MovesOffWeekend = substitute;
    }

    /// <summary>Gets the holiday's name.</summary>
    public string Name { get; }

    /// <summary>Gets the first year the holiday exists.</summary>
    public int FromYear { get; }

    /// <summary>Gets the last year the holiday exists.</summary>
    public int UntilYear { get; }

    /// <summary>Gets a value indicating whether a holiday on a weekend moves to the next weekday that is not a holiday.</summary>
    public bool MovesOffWeekend { get; }

    /// <summary>A holiday on the same date every year (14 July, 25 December).</summary>
    /// <param name="name">The name.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day, valid in every year (29 February is refused).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month or day does not exist every year.</exception>
    public static HolidayRule Fixed(string name, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(2001, month))
        {
            throw new ArgumentOutOfRangeException(nameof(day), $"{month}-{day} is not a date of every year.");
        }

        return new HolidayRule(CheckName(name), year => new LocalDate(year, month, day), 1583, 9999, substitute: false);
    }

    /// <summary>A holiday a number of days from Easter Sunday (Good Friday −2, Easter Monday +1, Ascension +39, Whit Monday +50).</summary>
    /// <param name="name">The name.</param>
    /// <param name="days">The offset in days; a year whose Easter Sunday plus the offset falls outside it has no such holiday.</param>
    /// <returns>The rule.</returns>
    public static HolidayRule FromEaster(string name, int days)
        => new(CheckName(name), year => InYear(year, Easter.Sunday(year), days), 1583, 9999, substitute: false);

    /// <summary>A holiday on the n-th weekday of a month (the first Monday of May), or the last one when <paramref name="n"/> is −1.</summary>
    /// <param name="name">The name.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="weekday">The weekday.</param>
    /// <param name="n">1 to 4, or −1 for the last.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month or the rank is out of range.</exception>
    public static HolidayRule NthWeekday(string name, int month, IsoDayOfWeek weekday, int n)
    {
        if (month is < 1 or > 12 || n is 0 or < -1 or > 4 || weekday == IsoDayOfWeek.None)
        {
            throw new ArgumentOutOfRangeException(nameof(n), "Month 1-12, a weekday, and a rank of 1 to 4 or -1 (the last) are required.");
        }

        return new HolidayRule(
            CheckName(name),
            year => n > 0
                ? new LocalDate(year, month, 1).With(DateAdjusters.NextOrSame(weekday)).PlusWeeks(n - 1)
                : new LocalDate(year, month, 1).With(DateAdjusters.EndOfMonth).With(DateAdjusters.PreviousOrSame(weekday)),
            1583,
            9999,
            substitute: false);
    }

    /// <summary>Returns the rule limited to the years <paramref name="fromYear"/> to <paramref name="untilYear"/>.</summary>
    /// <param name="fromYear">The first year.</param>
    /// <param name="untilYear">The last year.</param>
    /// <returns>A new rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The years are out of order or outside 1583–9999.</exception>
    public HolidayRule Between(int fromYear = 1583, int untilYear = 9999)
    {
        if (fromYear < 1583 || untilYear > 9999 || fromYear > untilYear)
        {
            throw new ArgumentOutOfRangeException(nameof(fromYear), $"{fromYear}-{untilYear} is not a range of Gregorian years up to 9999.");
        }

        return new HolidayRule(Name, dateIn, fromYear, untilYear, MovesOffWeekend);
    }

    /// <summary>Returns the rule with a substitute day: on a weekend, the holiday moves to the next weekday that is not already one.</summary>
    /// <returns>A new rule.</returns>
    public HolidayRule WithWeekendSubstitute() => new(Name, dateIn, FromYear, UntilYear, substitute: true);

    /// <summary>The holiday's date in <paramref name="year"/> before any substitution, or null when it does not exist that year.</summary>
    internal LocalDate? DateIn(int year) => year >= FromYear && year <= UntilYear ? dateIn(year) : null;

    // Counted from the day of the year, so that no offset steps past the calendar's first or last day.
    private static LocalDate? InYear(int year, LocalDate from, int days)
        => (long)from.DayOfYear + days is var dayOfYear && dayOfYear >= 1 && dayOfYear <= CalendarSystem.Iso.GetDaysInYear(year)
            ? from.PlusDays(days)
            : null;

    private static string CheckName(string name)
        => string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("A holiday needs a name.", nameof(name)) : name;
}
