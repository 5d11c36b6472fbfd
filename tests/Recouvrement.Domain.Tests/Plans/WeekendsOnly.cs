using NodaTime;
using Recouvrement.Calendars;

namespace Recouvrement.Domain.Tests;

/// <summary>A calendar closed at weekends and on 1 March 2027, enough to see instalments move.</summary>
internal sealed class WeekendsOnly : IBusinessCalendar
{
    public string Name => "weekends";

    public bool IsBusinessDay(LocalDate day) => day.DayOfWeek is not IsoDayOfWeek.Saturday and not IsoDayOfWeek.Sunday && !IsPublicHoliday(day);

    public bool IsPublicHoliday(LocalDate day) => day == new LocalDate(2027, 3, 1);
}
