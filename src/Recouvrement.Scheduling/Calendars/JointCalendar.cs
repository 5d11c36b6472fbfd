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
    private readonly YearTables<BusinessDayOrdinals> years;

    internal JointCalendar(string name, IBusinessCalendar[] calendars)
    {
        Name = name;
        this.calendars = calendars;
        years = new YearTables<BusinessDayOrdinals>(year => new BusinessDayOrdinals(year, IsBusinessDay));
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

    private BusinessDayOrdinals OrdinalsOf(int year) => years.For(year);
}
