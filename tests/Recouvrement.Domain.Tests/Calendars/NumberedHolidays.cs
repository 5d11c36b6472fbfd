using NodaTime;
using Recouvrement.Calendars;

namespace Recouvrement.Domain.Tests;

/// <summary>
/// A host's own calendar of weekends and the given holidays that numbers its business days, the slow way (each answer
/// lists the year's business days); closed all through the years given as <paramref name="closedYears"/>.
/// </summary>
internal sealed class NumberedHolidays(LocalDate[] holidays, params int[] closedYears) : IBusinessDayIndex
{
    private readonly Holidays plain = new(holidays);

    public string Name => "Numbered holidays";

    public bool IsBusinessDay(LocalDate day) => Array.IndexOf(closedYears, day.Year) < 0 && plain.IsBusinessDay(day);

    public bool IsPublicHoliday(LocalDate day) => plain.IsPublicHoliday(day);

    public int BusinessDaysIn(int year) => BusinessDaysOf(year).Count;

    public int BusinessDaysThrough(LocalDate day) => BusinessDaysOf(day.Year).Count(d => d <= day);

    public LocalDate NthBusinessDay(int year, int n) => BusinessDaysOf(year)[n - 1];

    private List<LocalDate> BusinessDaysOf(int year)
        => [.. Enumerable.Range(0, CalendarSystem.Iso.GetDaysInYear(year)).Select(d => new LocalDate(year, 1, 1).PlusDays(d)).Where(IsBusinessDay)];
}
