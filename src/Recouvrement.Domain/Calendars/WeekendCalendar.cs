using NodaTime;

namespace Recouvrement.Calendars;

/// <summary>Every weekday is a business day: what the kernel assumes when the host gives no calendar.</summary>
internal sealed class WeekendCalendar : IBusinessCalendar
{
    private WeekendCalendar()
    {
    }

    internal static WeekendCalendar Instance { get; } = new();

    public string Name => "Weekends only";

    public bool IsBusinessDay(LocalDate day) => day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);

    public bool IsPublicHoliday(LocalDate day) => false;
}
