using System;
using System.Collections.Concurrent;
using NodaTime;
using Recouvrement.Calendars;
using Recouvrement.Internal;

namespace Recouvrement.Scheduling;

/// <summary>
/// Business days common to several calendars: a cross-border payment, a debtor's and a court's calendar. Each year's
/// common business days are numbered once, on first use, from the members' answers, so that <see cref="BusinessDays"/>
/// adds and counts them by the numbers whatever the members are.
/// </summary>
internal sealed class JointCalendar : IBusinessDayIndex
{
    private readonly IBusinessCalendar[] calendars;
    private readonly ConcurrentDictionary<int, BusinessDayOrdinals> years = new();
    private readonly Func<int, BusinessDayOrdinals> build;
    private BusinessDayOrdinals? last;

    internal JointCalendar(string name, IBusinessCalendar[] calendars)
    {
        Name = name;
        this.calendars = calendars;
        build = year => new BusinessDayOrdinals(year, IsBusinessDay);
    }

    public string Name { get; }

    public bool IsBusinessDay(LocalDate day)
    {
        foreach (var calendar in calendars)
        {
            if (!calendar.IsBusinessDay(day))
            {
                return false;
            }
        }

        return true;
    }

    public bool IsPublicHoliday(LocalDate day)
    {
        foreach (var calendar in calendars)
        {
            if (calendar.IsPublicHoliday(day))
            {
                return true;
            }
        }

        return false;
    }

    public int BusinessDaysIn(int year) => OrdinalsOf(year).Count;

    public int BusinessDaysThrough(LocalDate day) => OrdinalsOf(day.Year).Through(day.Month, day.Day);

    public LocalDate NthBusinessDay(int year, int n) => OrdinalsOf(year).Nth(n);

    private BusinessDayOrdinals OrdinalsOf(int year)
    {
        // As BusinessCalendar's tables: the last year used is one reference read away, and the numbers are immutable.
        if (last is { } cached && cached.Year == year)
        {
            return cached;
        }

        var ordinals = years.TryGetValue(year, out var found) ? found : years.GetOrAdd(year, build);
        last = ordinals;
        return ordinals;
    }
}
