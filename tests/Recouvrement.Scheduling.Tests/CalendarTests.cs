using NodaTime;
using Recouvrement.Calendars;

namespace Recouvrement.Scheduling.Tests;

public class CalendarTests
{
    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData(1818, 3, 22)]
    [InlineData(1943, 4, 25)]
    [InlineData(2000, 4, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2038, 4, 25)]

    // The U.S. Naval Observatory's published list (Astronomical Applications Department, "The Date of Easter").
    [InlineData(1980, 4, 6)]
    [InlineData(1981, 4, 19)]
    [InlineData(1982, 4, 11)]
    [InlineData(1983, 4, 3)]
    [InlineData(1984, 4, 22)]
    [InlineData(1995, 4, 16)]
    [InlineData(1996, 4, 7)]
    [InlineData(1997, 3, 30)]
    [InlineData(1998, 4, 12)]
    [InlineData(1999, 4, 4)]
    [InlineData(2010, 4, 4)]
    [InlineData(2011, 4, 24)]
    [InlineData(2012, 4, 8)]
    [InlineData(2013, 3, 31)]
    public void Easter_sunday_matches_the_published_dates(int year, int month, int day)
        => Assert.Equal(D(year, month, day), Easter.Sunday(year));

    /// <summary>
    /// Over four centuries, the computus (Meeus/Jones/Butcher) agrees with J.-M. Oudin's algorithm as the USNO publishes it
    /// (Explanatory Supplement to the Astronomical Almanac, 1992, ch. 12): two independent derivations of the same table.
    /// </summary>
    [Fact]
    public void Easter_sunday_agrees_with_oudins_algorithm_from_1800_to_2199()
    {
        for (var y = 1800; y < 2200; y++)
        {
            var c = y / 100;
            var n = y - (19 * (y / 19));
            var k = (c - 17) / 25;
            var i = c - (c / 4) - ((c - k) / 3) + (19 * n) + 15;
            i -= 30 * (i / 30);
            i -= (i / 28) * (1 - ((i / 28) * (29 / (i + 1)) * ((21 - n) / 11)));
            var j = y + (y / 4) + i + 2 - c + (c / 4);
            j -= 7 * (j / 7);
            var l = i - j;
            var m = 3 + ((l + 40) / 44);
            var d = l + 28 - (31 * (m / 4));
            Assert.Equal(D(y, m, d), Easter.Sunday(y));
        }
    }

    [Fact]
    public void France_2026_has_its_eleven_public_holidays()
    {
        // service-public.fr, "Jours fériés 2026".
        Assert.Equal(
            [D(2026, 1, 1), D(2026, 4, 6), D(2026, 5, 1), D(2026, 5, 8), D(2026, 5, 14), D(2026, 5, 25), D(2026, 7, 14), D(2026, 8, 15), D(2026, 11, 1), D(2026, 11, 11), D(2026, 12, 25)],
            BusinessCalendars.France.HolidaysIn(2026).Select(h => h.Date));
    }

    [Fact]
    public void Alsace_moselle_adds_good_friday_and_st_stephens_day()
    {
        var extra = BusinessCalendars.FranceAlsaceMoselle.HolidaysIn(2026).Select(h => h.Date).Except(BusinessCalendars.France.HolidaysIn(2026).Select(h => h.Date));
        Assert.Equal([D(2026, 4, 3), D(2026, 12, 26)], extra);
    }

    [Theory]
    [InlineData(2026, new[] { "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28" })]
    [InlineData(2022, new[] { "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27" })]
    [InlineData(2020, new[] { "2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28" })]
    [InlineData(2021, new[] { "2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28" })]
    public void England_and_wales_bank_holidays_with_substitutes_and_one_off_days(int year, string[] expected)
    {
        // gov.uk/bank-holidays: 2021 Christmas (Sat) and Boxing Day (Sun) move to 27 and 28 December; 2022 New Year
        // (Sat) to 3 January, the spring holiday to 2 June with the jubilee on 3 June, the state funeral on 19 September.
        Assert.Equal(expected, BusinessCalendars.EnglandAndWales.HolidaysIn(year).Select(h => h.Date.ToString("yyyy-MM-dd", null)));
    }

    [Fact]
    public void Germany_national_holidays_2026_and_the_2017_reformation_day()
    {
        Assert.Equal(
            [D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 1), D(2026, 5, 14), D(2026, 5, 25), D(2026, 10, 3), D(2026, 12, 25), D(2026, 12, 26)],
            BusinessCalendars.Germany.HolidaysIn(2026).Select(h => h.Date));
        Assert.False(BusinessCalendars.Germany.IsBusinessDay(D(2017, 10, 31)));
        Assert.True(BusinessCalendars.Germany.IsBusinessDay(D(2018, 10, 31)));
    }

    [Fact]
    public void Business_day_arithmetic_steps_over_weekends_and_holidays()
    {
        var france = BusinessCalendars.France;
        Assert.False(france.IsBusinessDay(D(2026, 5, 14)));
        Assert.Equal(D(2026, 5, 15), france.NextBusinessDay(D(2026, 5, 13)));
        Assert.Equal(D(2026, 5, 26), france.NextBusinessDay(D(2026, 5, 22))); // Sat, Sun, Whit Monday
        Assert.Equal(D(2026, 5, 22), france.PreviousBusinessDay(D(2026, 5, 26)));
        Assert.Equal(D(2026, 5, 27), france.AddBusinessDays(D(2026, 5, 21), 3));
        Assert.Equal(D(2026, 5, 21), france.AddBusinessDays(D(2026, 5, 27), -3));
        Assert.Equal(D(2026, 5, 26), france.AddBusinessDays(D(2026, 5, 23), 0));
        Assert.Equal(3, france.BusinessDaysBetween(D(2026, 5, 21), D(2026, 5, 27)));
        Assert.Equal(-3, france.BusinessDaysBetween(D(2026, 5, 27), D(2026, 5, 21)));
    }

    [Fact]
    public void Conventions_move_a_holiday_forward_backward_or_within_the_month()
    {
        var france = BusinessCalendars.France;
        var saturday = D(2026, 10, 31);
        Assert.Equal(D(2026, 11, 2), france.Adjust(saturday, BusinessDayConvention.Following));
        Assert.Equal(D(2026, 10, 30), france.Adjust(saturday, BusinessDayConvention.ModifiedFollowing));
        Assert.Equal(D(2026, 10, 30), france.Adjust(saturday, BusinessDayConvention.Preceding));
        Assert.Equal(saturday, france.Adjust(saturday, BusinessDayConvention.Unadjusted));
        Assert.Equal(D(2026, 11, 3), france.Adjust(D(2026, 11, 3), BusinessDayConvention.Following));
    }

    [Fact]
    public void A_joint_calendar_needs_a_business_day_in_each()
    {
        var joint = BusinessCalendar.Joint("France and Germany", BusinessCalendars.France, BusinessCalendars.Germany);
        Assert.False(joint.IsBusinessDay(D(2026, 10, 3))); // Saturday anyway
        Assert.False(joint.IsBusinessDay(D(2026, 12, 26)));
        Assert.False(joint.IsBusinessDay(D(2026, 7, 14)));
        Assert.False(joint.IsBusinessDay(D(2026, 4, 3)));
        Assert.True(joint.IsBusinessDay(D(2026, 4, 2)));
    }

    [Fact]
    public void A_host_adds_decreed_days_and_custom_weekends_and_bad_data_is_refused()
    {
        var decreed = BusinessCalendars.France.With([new Holiday(D(2027, 6, 14), "Jour décrété")], [D(2027, 5, 17)]);
        Assert.False(decreed.IsBusinessDay(D(2027, 6, 14)));
        Assert.True(decreed.IsBusinessDay(D(2027, 5, 17)));
        Assert.True(BusinessCalendars.France.IsBusinessDay(D(2027, 6, 14)));

        var gulf = BusinessCalendar.Create("Friday-Saturday weekend", [IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday], []).Value;
        Assert.True(gulf.IsBusinessDay(D(2026, 11, 22)));
        Assert.False(gulf.IsBusinessDay(D(2026, 11, 20)));

        var bad = BusinessCalendar.Create(" ", Enum.GetValues<IsoDayOfWeek>().Skip(1), [null]);
        Assert.Equal(["name", "weekend", "rules"], bad.ValidationErrors.Select(e => e.Identifier));
        Assert.Equal("weekend = \"Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday\": must list fewer than seven valid weekdays", bad.ValidationErrors.ElementAt(1).ErrorMessage);
    }

    [Fact]
    public void Business_day_arithmetic_allocates_nothing_once_a_year_is_known()
    {
        var calendar = BusinessCalendars.EnglandAndWales;
        var joint = BusinessCalendar.Joint("England and Wales, and France", calendar, BusinessCalendars.France);
        var start = D(2026, 12, 20);
        Use();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Use();
        }

        Assert.Equal(0L, GC.GetAllocatedBytesForCurrentThread() - before);

        // Walking and the numbered years, both ways, across the year end; a joint calendar's own numbers.
        void Use()
        {
            calendar.AddBusinessDays(start, 30);
            calendar.AddBusinessDays(start, -30);
            calendar.BusinessDaysBetween(start, D(2028, 1, 10));
            calendar.Adjust(D(2026, 12, 26), BusinessDayConvention.ModifiedFollowing);
            joint.AddBusinessDays(start, 30);
            joint.BusinessDaysBetween(D(2028, 1, 10), start);
            joint.NextBusinessDay(D(2026, 12, 24));
        }
    }
}
