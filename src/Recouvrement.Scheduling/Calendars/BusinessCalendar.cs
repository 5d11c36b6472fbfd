using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.Result;
using NodaTime;
using Recouvrement.Calendars;
using Recouvrement.Internal;

namespace Recouvrement.Scheduling;

/// <summary>
/// A business calendar from data: the weekend days, the holiday rules, one-off holidays (a jubilee, a state funeral, a
/// decreed day) and days that are worked although a rule makes them holidays (a holiday moved by decree).
/// </summary>
/// <remarks>
/// Each year's holidays are computed once, on first use, and kept with the year's business days numbered: after that
/// <see cref="IsBusinessDay"/> allocates nothing, and <see cref="BusinessDays"/> adds and counts business days with a
/// look-up per year crossed. This type is immutable and thread-safe; <see cref="BusinessCalendars"/> ships the usual
/// ones.
/// <para>
/// It answers for every day of NodaTime's ISO calendar, years −9998 to 9999; holiday rules apply from 1583 (the first full
/// Gregorian year), so earlier years have weekends only. A substitute day that would fall in the next year is not kept.
/// A year outside −9998 to 9999 throws <see cref="ArgumentOutOfRangeException"/>.
/// </para>
/// </remarks>
public sealed class BusinessCalendar : IBusinessDayIndex
{
    private readonly int weekendMask;
    private readonly HolidayRule[] rules;
    private readonly Holiday[] extraHolidays;
    private readonly LocalDate[] workingDays;
    private readonly YearTables<YearTable> years;

    private BusinessCalendar(string name, IsoDayOfWeek[] weekend, HolidayRule[] rules, Holiday[] extraHolidays, LocalDate[] workingDays)
    {
        Name = name;
        Weekend = Array.AsReadOnly(weekend);
        Rules = Array.AsReadOnly(rules);
        weekendMask = weekend.Aggregate(0, (mask, day) => mask | (1 << (int)day));
        this.rules = rules;
        this.extraHolidays = extraHolidays;
        this.workingDays = workingDays;
        years = new YearTables<YearTable>(Build);
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>Gets the weekend days.</summary>
    public IReadOnlyList<IsoDayOfWeek> Weekend { get; }

    /// <summary>Gets the holiday rules.</summary>
    public IReadOnlyList<HolidayRule> Rules { get; }

    /// <summary>Creates a calendar.</summary>
    /// <param name="name">The calendar's name.</param>
    /// <param name="weekend">The weekend days (Saturday and Sunday in most of Europe).</param>
    /// <param name="rules">The holiday rules.</param>
    /// <param name="extraHolidays">One-off holidays; none when null.</param>
    /// <param name="workingDays">Days worked although a rule makes them holidays; none when null.</param>
    /// <returns>The calendar, or an invalid result naming every problem.</returns>
    public static Result<BusinessCalendar> Create(
        string? name,
        IEnumerable<IsoDayOfWeek>? weekend,
        IEnumerable<HolidayRule?>? rules,
        IEnumerable<Holiday?>? extraHolidays = null,
        IEnumerable<LocalDate>? workingDays = null)
    {
        var problems = new ValidationErrors();

        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(nameof(name), name, "must not be blank", ErrorCodes.Required);
        }

        var days = weekend?.Distinct().OrderBy(d => d).ToArray();
        if (days is null || days.Length >= 7 || days.Any(d => d is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday))
        {
            problems.Add(nameof(weekend), days is null ? null : string.Join(", ", days), "must list fewer than seven valid weekdays", ErrorCodes.OutOfRange);
        }

        var ruleList = rules?.ToArray();
        if (ruleList is null || Array.IndexOf(ruleList, null) >= 0)
        {
            problems.Add(nameof(rules), ruleList is null ? null : $"{ruleList.Length} rules", "must be given, without null entries", ErrorCodes.Required);
        }

        var extras = extraHolidays?.ToArray() ?? [];
        if (Array.IndexOf(extras, null) >= 0)
        {
            problems.Add(nameof(extraHolidays), $"{extras.Length} holidays", "must not hold null entries", ErrorCodes.Required);
        }

        return problems.ToResult(() => new BusinessCalendar(name!.Trim(), days!, ruleList!, [.. extras.OrderBy(h => h!.Date).Select(h => h!)], [.. workingDays ?? []]));
    }

    /// <summary>
    /// Returns a calendar that also holds decreed holidays and worked days published after the library shipped; this one
    /// is unchanged.
    /// </summary>
    /// <param name="extraHolidays">More one-off holidays.</param>
    /// <param name="workingDays">More days worked although a rule makes them holidays.</param>
    /// <returns>The new calendar.</returns>
    public BusinessCalendar With(IEnumerable<Holiday>? extraHolidays = null, IEnumerable<LocalDate>? workingDays = null)
        => new(Name, [.. Weekend], rules, [.. this.extraHolidays.Concat(extraHolidays ?? []).OrderBy(h => h.Date)], [.. this.workingDays.Concat(workingDays ?? [])]);

    /// <summary>Returns a calendar whose business days are business days in every one of <paramref name="calendars"/>.</summary>
    /// <param name="name">The joint calendar's name.</param>
    /// <param name="calendars">The calendars, at least one.</param>
    /// <returns>The joint calendar.</returns>
    /// <exception cref="ArgumentException">No calendar, or a null one.</exception>
    public static IBusinessCalendar Joint(string name, params IBusinessCalendar[] calendars)
    {
        if (calendars is null || calendars.Length == 0 || Array.IndexOf(calendars, null) >= 0)
        {
            throw new ArgumentException("A joint calendar needs at least one calendar, and no null.", nameof(calendars));
        }

        return new JointCalendar(name, [.. calendars]);
    }

    /// <inheritdoc/>
    public bool IsBusinessDay(LocalDate day) => !TableOf(day.Year).IsClosed(day.Month, day.Day);

    /// <inheritdoc/>
    public bool IsPublicHoliday(LocalDate day) => TableOf(day.Year).IsHoliday(day.Month, day.Day);

    /// <inheritdoc/>
    public int BusinessDaysIn(int year) => TableOf(year).Ordinals.Count;

    /// <inheritdoc/>
    public int BusinessDaysThrough(LocalDate day) => TableOf(day.Year).Ordinals.Through(day.Month, day.Day);

    /// <inheritdoc/>
    public LocalDate NthBusinessDay(int year, int n) => TableOf(year).Ordinals.Nth(n);

    /// <summary>Returns the holidays on <paramref name="day"/>: none, one, or more when two fall together.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The holidays.</returns>
    public IReadOnlyList<Holiday> HolidaysOn(LocalDate day)
        => TableOf(day.Year) is var table && table.IsHoliday(day.Month, day.Day) ? [.. table.Holidays.Where(h => h.Date == day)] : [];

    /// <summary>Returns the holidays of <paramref name="year"/>, in date order, substitute days included.</summary>
    /// <param name="year">The ISO year, −9998 to 9999.</param>
    /// <returns>The holidays.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside −9998 to 9999.</exception>
    public IReadOnlyList<Holiday> HolidaysIn(int year) => Array.AsReadOnly(TableOf(year).Holidays);

    private YearTable TableOf(int year) => years.For(year);

    private YearTable Build(int year)
    {
        var holidays = new List<Holiday>();
        var moving = new List<Holiday>();
        foreach (var rule in rules)
        {
            if (rule.DateIn(year) is { } date)
            {
                var onWeekend = (weekendMask & (1 << (int)date.DayOfWeek)) != 0;
                (rule.MovesOffWeekend && onWeekend ? moving : holidays).Add(new Holiday(date, rule.Name));
            }
        }

        // Substitute days, in date order: each to the next weekday that is not already a holiday, in the same year (one
        // that would fall in the next year is not kept, so none steps past the calendar's last day, 31 December 9999).
        foreach (var holiday in moving.OrderBy(h => h.Date))
        {
            if (NextFreeDayInYear(holiday.Date, holidays) is { } day)
            {
                holidays.Add(new Holiday(day, $"{holiday.Name} (substitute day)"));
            }
        }

        holidays.AddRange(extraHolidays.Where(h => h.Date.Year == year));
        holidays.RemoveAll(h => h.Date.Year != year || Array.IndexOf(workingDays, h.Date) >= 0);
        return new YearTable(year, [.. holidays.OrderBy(h => h.Date).ThenBy(h => h.Name, StringComparer.Ordinal)], weekendMask);
    }

    private LocalDate? NextFreeDayInYear(LocalDate date, List<Holiday> holidays)
    {
        for (var day = date; day.Month != 12 || day.Day != 31;)
        {
            day = day.PlusDays(1);
            if ((weekendMask & (1 << (int)day.DayOfWeek)) == 0 && !holidays.Any(h => h.Date == day))
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>
    /// One year's holidays, and two bitmaps for the hot path, indexed by month × 32 + day so that a look-up needs only the
    /// date's year, month and day (NodaTime computes the day of the week and of the year, which costs more): the holidays,
    /// and the days closed for business (holidays and weekends); and the business days numbered, from the closed days.
    /// </summary>
    private sealed class YearTable
    {
        private const int Words = ((13 * 32) + 63) / 64;
        private readonly ulong[] holidays = new ulong[Words];
        private readonly ulong[] closed = new ulong[Words];

        public YearTable(int year, Holiday[] holidays, int weekendMask)
        {
            Year = year;
            Holidays = holidays;
            foreach (var holiday in holidays)
            {
                Set(this.holidays, holiday.Date.Month, holiday.Date.Day);
                Set(closed, holiday.Date.Month, holiday.Date.Day);
            }

            // Month by month rather than by PlusDays, which would step past 31 December 9999.
            for (var month = 1; month <= 12; month++)
            {
                for (var day = 1; day <= CalendarSystem.Iso.GetDaysInMonth(year, month); day++)
                {
                    if ((weekendMask & (1 << (int)new LocalDate(year, month, day).DayOfWeek)) != 0)
                    {
                        Set(closed, month, day);
                    }
                }
            }

            Ordinals = new BusinessDayOrdinals(year, day => !IsClosed(day.Month, day.Day));
        }

        public int Year { get; }

        public BusinessDayOrdinals Ordinals { get; }

        public Holiday[] Holidays { get; }

        public bool IsHoliday(int month, int day) => Get(holidays, month, day);

        public bool IsClosed(int month, int day) => Get(closed, month, day);

        private static void Set(ulong[] bits, int month, int day) => bits[((month * 32) + day) >> 6] |= 1UL << (((month * 32) + day) & 63);

        private static bool Get(ulong[] bits, int month, int day) => (bits[((month * 32) + day) >> 6] & (1UL << (((month * 32) + day) & 63))) != 0;
    }
}
