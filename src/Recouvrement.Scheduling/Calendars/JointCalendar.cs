using NodaTime;
using Recouvrement.Calendars;

namespace Recouvrement.Scheduling;

/// <summary>Business days common to several calendars: a cross-border payment, a debtor's and a court's calendar.</summary>
internal sealed class JointCalendar(string name, IBusinessCalendar[] calendars) : IBusinessCalendar
{
    public string Name { get; } = name;

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
}
