using NodaTime;
using Recouvrement.Calendars;
using Recouvrement.Scheduling;

namespace Recouvrement.Fuzz.Tests.Findings;

/// <summary>What the calendar fuzz properties found, each input as the fuzzer gave it.</summary>
public sealed class CalendarFindings
{
    [Fact]
    public void Any_day_of_year_9999_is_or_is_not_a_business_day()
    {
        // Building the year's table walked to the day after 31 December 9999, which NodaTime cannot represent.
        Assert.False(BusinessCalendars.France.IsBusinessDay(new LocalDate(9999, 1, 1)));
        Assert.True(BusinessCalendars.France.IsBusinessDay(LocalDate.MaxIsoValue));
    }

    [Fact]
    public void Business_days_are_counted_up_to_the_last_date_there_is()
    {
        // A calendar that is not an index is counted day by day; the loop stepped past LocalDate.MaxIsoValue.
        var joint = BusinessCalendar.Joint("FR+DE", BusinessCalendars.France, BusinessCalendars.Germany);

        Assert.Equal(1, joint.BusinessDaysBetween(LocalDate.MaxIsoValue.PlusDays(-1), LocalDate.MaxIsoValue));
    }

    [Fact]
    public void Adding_business_days_past_the_calendar_throws_the_documented_overflow()
        => Assert.Throws<OverflowException>(() => BusinessCalendars.France.AddBusinessDays(new LocalDate(1900, 2, 28), int.MinValue));

    [Fact]
    public void An_offset_from_Easter_that_leaves_the_year_gives_no_holiday_that_year()
    {
        // int.MinValue days from Easter made a rule; the calendar then threw from IsBusinessDay for any day.
        var far = BusinessCalendar.Create("Far", [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], [HolidayRule.FromEaster("Easter -2^31", int.MinValue)]).Value;
        Assert.True(far.IsBusinessDay(new LocalDate(2026, 3, 2)));
        Assert.Empty(far.HolidaysIn(2026));

        var late = BusinessCalendar.Create("Late", [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], [HolidayRule.FromEaster("Late", 250)]).Value;
        Assert.True(late.IsPublicHoliday(new LocalDate(2026, 12, 11)));
    }
}
