using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Recouvrement.Calendars;

namespace Recouvrement.Scheduling.Tests;

/// <summary>
/// Adding and counting business days agree with the plainest reference, a walk asking the calendar about each day,
/// from 1900 to 2200, over distances that cross year ends.
/// </summary>
public class BusinessDayArithmeticProperties
{
    private static readonly LocalDate First = new(1900, 1, 1);
    private static readonly int Days = Period.Between(First, new LocalDate(2200, 12, 31), PeriodUnits.Days).Days;

    private static readonly IBusinessCalendar[] Calendars =
    [
        BusinessCalendars.France,
        BusinessCalendar.Joint("France, Germany, England and Wales", BusinessCalendars.France, BusinessCalendars.Germany, BusinessCalendars.EnglandAndWales),
        WithDecreedDays(),
        BusinessCalendar.Create("Friday-Saturday weekend", [IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday], BusinessCalendars.France.Rules).Value,

        // Open on Tuesdays and Wednesdays only: too few business days to cross a year end by the numbers.
        BusinessCalendar.Create("Two days a week", [IsoDayOfWeek.Monday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], []).Value,
    ];

    private static readonly Arbitrary<(IBusinessCalendar Calendar, LocalDate Date, int Days, LocalDate Other)> Cases =
        (from calendar in Gen.Elements(Calendars)
         from offset in Gen.Choose(0, Days)
         from days in Gen.Choose(-400, 400)
         from apart in Gen.Choose(-800, 800)
         select (calendar, First.PlusDays(offset), days, First.PlusDays(offset + apart))).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Adding_business_days_agrees_with_a_walk()
        => Prop.ForAll(Cases, c => Assert.Equal(Walk.Add(c.Calendar, c.Date, c.Days), c.Calendar.AddBusinessDays(c.Date, c.Days)));

    [Property(MaxTest = 300)]
    public Property Counting_business_days_agrees_with_a_walk()
        => Prop.ForAll(Cases, c => Assert.Equal(Walk.Count(c.Calendar, c.Date, c.Other), c.Calendar.BusinessDaysBetween(c.Date, c.Other)));

    [Property(MaxTest = 300)]
    public Property Adding_what_was_counted_round_trips_from_a_business_day()
        => Prop.ForAll(Cases, c =>
        {
            var calendar = c.Calendar;
            var start = calendar.AddBusinessDays(c.Date, 0);
            Assert.Equal(c.Days, calendar.BusinessDaysBetween(start, calendar.AddBusinessDays(start, c.Days)));

            // Counting to any day and adding the count back lands on the last business day up to that day.
            var lastUpTo = calendar.IsBusinessDay(c.Other) ? c.Other : calendar.PreviousBusinessDay(c.Other);
            Assert.Equal(lastUpTo, calendar.AddBusinessDays(start, calendar.BusinessDaysBetween(start, c.Other)));
        });

    [Property(MaxTest = 100)]
    public Property A_years_numbers_follow_its_business_days()
        => Prop.ForAll(Cases, c =>
        {
            var index = Assert.IsAssignableFrom<IBusinessDayIndex>(c.Calendar);
            var year = c.Date.Year;
            var numbered = Enumerable.Range(1, index.BusinessDaysIn(year)).Select(n => index.NthBusinessDay(year, n));
            var walked = Enumerable.Range(0, CalendarSystem.Iso.GetDaysInYear(year)).Select(d => new LocalDate(year, 1, 1).PlusDays(d)).Where(c.Calendar.IsBusinessDay);
            Assert.Equal(walked, numbered);
            Assert.Equal(Walk.Count(c.Calendar, new LocalDate(year - 1, 12, 31), c.Date), index.BusinessDaysThrough(c.Date));
        });

    private static BusinessCalendar WithDecreedDays()
    {
        // A one-off holiday every 37 days, weekends included; 14 July worked every year, Christmas every third year.
        var decreed = Enumerable.Range(0, (Days / 37) + 1).Select(i => new Holiday(First.PlusDays(i * 37), "Decreed"));
        var worked = Enumerable.Range(First.Year, 301).SelectMany(y => y % 3 == 0 ? new[] { new LocalDate(y, 7, 14), new LocalDate(y, 12, 25) } : new[] { new LocalDate(y, 7, 14) });
        return BusinessCalendars.France.With(decreed, worked);
    }
}
