using NodaTime;
using Recouvrement.Calendars;

namespace Recouvrement.Domain.Tests;

/// <summary>A calendar of weekends and the given public holidays.</summary>
internal sealed class Holidays(params LocalDate[] holidays) : IBusinessCalendar
{
    public string Name => "Test holidays";

    public bool IsBusinessDay(LocalDate day) => day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !IsPublicHoliday(day);

    public bool IsPublicHoliday(LocalDate day) => holidays.Contains(day);
}
