using NodaTime;
using Recouvrement.Calendars;

namespace Recouvrement.Scheduling.Tests;

/// <summary>
/// The calendars answer for every day NodaTime's ISO calendar has, from the first year (−9998) to the last (9999), and
/// refuse a year outside it by name.
/// </summary>
public class CalendarRangeTests
{
    public static TheoryData<string> Shipped() => [.. Calendars().Select(c => c.Name)];

    private static readonly int[] EdgeYears = [LocalDate.MinIsoValue.Year, 1582, 1583, 9998, LocalDate.MaxIsoValue.Year];

    private static IEnumerable<BusinessCalendar> Calendars() =>
    [
        BusinessCalendars.WeekendsOnly, BusinessCalendars.France, BusinessCalendars.FranceAlsaceMoselle, BusinessCalendars.EnglandAndWales,
        BusinessCalendars.Germany, BusinessCalendars.Belgium, BusinessCalendars.Netherlands, BusinessCalendars.Spain, BusinessCalendars.Italy,
    ];

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Every_day_of_the_edge_years_is_answered_and_numbered(string name)
    {
        var calendar = Calendars().Single(c => c.Name == name);
        foreach (var year in EdgeYears)
        {
            var count = 0;
            for (var day = new LocalDate(year, 1, 1); ; day = day.PlusDays(1))
            {
                if (calendar.IsBusinessDay(day))
                {
                    count++;
                    Assert.Equal(day, calendar.NthBusinessDay(year, count));
                }

                Assert.Equal(count, calendar.BusinessDaysThrough(day));
                Assert.Equal(calendar.IsPublicHoliday(day), calendar.HolidaysOn(day).Count > 0);
                if (day.Month == 12 && day.Day == 31)
                {
                    break;
                }
            }

            Assert.Equal(count, calendar.BusinessDaysIn(year));
        }
    }

    [Fact]
    public void A_substitute_day_beyond_the_last_year_is_dropped()
    {
        // 31 December 9999 is a Friday: with a Friday-Saturday weekend its substitute day would fall in year 10000.
        var rules = new[] { HolidayRule.Fixed("Year end", 12, 31).WithWeekendSubstitute(), HolidayRule.Fixed("Christmas", 12, 25).WithWeekendSubstitute() };
        var calendar = BusinessCalendar.Create("Friday-Saturday", [IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday], rules).Value;
        Assert.Equal(IsoDayOfWeek.Friday, LocalDate.MaxIsoValue.DayOfWeek);
        Assert.Equal([new LocalDate(9999, 12, 26)], calendar.HolidaysIn(9999).Select(h => h.Date));
        Assert.False(calendar.IsBusinessDay(LocalDate.MaxIsoValue));
        Assert.True(calendar.IsBusinessDay(new LocalDate(9999, 12, 30)));
    }

    [Fact]
    public void A_joint_calendar_answers_in_the_last_year()
    {
        var joint = (IBusinessDayIndex)BusinessCalendar.Joint("FR+GB", BusinessCalendars.France, BusinessCalendars.EnglandAndWales);
        Assert.False(joint.IsBusinessDay(new LocalDate(9999, 12, 27)));
        Assert.True(joint.IsBusinessDay(new LocalDate(9999, 12, 29)));
        Assert.Equal(joint.BusinessDaysThrough(LocalDate.MaxIsoValue), joint.BusinessDaysIn(9999));
    }

    [Fact]
    public void An_easter_offset_beyond_the_year_gives_no_holiday_instead_of_a_crash()
    {
        var far = BusinessCalendar.Create("Far", [IsoDayOfWeek.Sunday], [HolidayRule.FromEaster("Far", 300), HolidayRule.FromEaster("Farther", int.MaxValue)]).Value;
        Assert.Empty(far.HolidaysIn(9999));
        Assert.True(far.IsBusinessDay(LocalDate.MaxIsoValue));
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(-9_999)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void A_year_outside_the_iso_calendar_is_refused_by_name(int year)
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => BusinessCalendars.France.HolidaysIn(year));
        Assert.Equal("year", refused.ParamName);
        Assert.Contains("-9998 to 9999", refused.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => BusinessCalendars.France.BusinessDaysIn(year));
    }
}
