using NodaTime;
using Recouvrement.Calendars;

namespace Recouvrement.Scheduling.Tests;

/// <summary>Adding and counting business days by the numbered years at their edges: year ends, zero, the ISO range.</summary>
public class BusinessDayArithmeticTests
{
    private static readonly BusinessCalendar France = BusinessCalendars.France;

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void France_2026_numbers_its_252_business_days()
    {
        // 261 weekdays, less the nine holidays that fall on one (15 August is a Saturday, 1 November a Sunday).
        Assert.Equal(252, France.BusinessDaysIn(2026));
        Assert.Equal(0, France.BusinessDaysThrough(D(2026, 1, 1)));
        Assert.Equal(1, France.BusinessDaysThrough(D(2026, 1, 2)));
        Assert.Equal(1, France.BusinessDaysThrough(D(2026, 1, 4)));
        Assert.Equal(252, France.BusinessDaysThrough(D(2026, 12, 31)));
        Assert.Equal(D(2026, 1, 2), France.NthBusinessDay(2026, 1));
        Assert.Equal(D(2026, 12, 31), France.NthBusinessDay(2026, 252));
        Assert.Throws<ArgumentOutOfRangeException>(() => France.NthBusinessDay(2026, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => France.NthBusinessDay(2026, 253));
    }

    [Fact]
    public void Year_ends_are_crossed_both_ways()
    {
        // Thursday 31 December 2026; Friday 1 January 2027 is a holiday, then the weekend.
        Assert.Equal(D(2027, 1, 4), France.AddBusinessDays(D(2026, 12, 31), 1));
        Assert.Equal(D(2026, 12, 31), France.AddBusinessDays(D(2027, 1, 4), -1));
        Assert.Equal(D(2026, 12, 30), France.AddBusinessDays(D(2027, 1, 1), -2));
        Assert.Equal(D(2026, 12, 28), France.AddBusinessDays(D(2026, 12, 24), 1));
        Assert.Equal(1, France.BusinessDaysBetween(D(2026, 12, 31), D(2027, 1, 4)));
        Assert.Equal(-1, France.BusinessDaysBetween(D(2027, 1, 4), D(2026, 12, 31)));
        Assert.Equal(252, France.BusinessDaysBetween(D(2025, 12, 31), D(2026, 12, 31)));
        Assert.Equal(0, France.BusinessDaysBetween(D(2026, 12, 31), D(2026, 12, 31)));
    }

    [Fact]
    public void Zero_days_keep_a_business_day_and_move_a_closed_one_forward()
    {
        Assert.Equal(D(2026, 12, 31), France.AddBusinessDays(D(2026, 12, 31), 0));
        Assert.Equal(D(2027, 1, 4), France.AddBusinessDays(D(2027, 1, 1), 0));
        Assert.Equal(D(2027, 1, 4), France.AddBusinessDays(D(2027, 1, 2), 0));
    }

    [Fact]
    public void Long_distances_agree_with_a_walk()
    {
        var joint = BusinessCalendar.Joint("France and Germany", France, BusinessCalendars.Germany);
        foreach (var calendar in new IBusinessCalendar[] { France, joint })
        {
            Assert.Equal(Walk.Add(calendar, D(2026, 5, 14), 100_000), calendar.AddBusinessDays(D(2026, 5, 14), 100_000));
            Assert.Equal(Walk.Add(calendar, D(2026, 5, 14), -100_000), calendar.AddBusinessDays(D(2026, 5, 14), -100_000));
            Assert.Equal(Walk.Count(calendar, D(1601, 3, 1), D(2401, 2, 28)), calendar.BusinessDaysBetween(D(1601, 3, 1), D(2401, 2, 28)));
        }
    }

    [Fact]
    public void Near_the_first_iso_year_the_results_are_the_walks()
    {
        var start = D(-9997, 1, 10);
        foreach (var days in new[] { -1, -10, -200, 10 })
        {
            Assert.Equal(Walk.Add(France, start, days), France.AddBusinessDays(start, days));
        }

        Assert.Equal(Walk.Count(France, LocalDate.MinIsoValue, D(-9996, 1, 1)), France.BusinessDaysBetween(LocalDate.MinIsoValue, D(-9996, 1, 1)));
        Assert.Equal(Walk.Count(France, D(-9996, 1, 1), D(-9997, 1, 1)), France.BusinessDaysBetween(D(-9996, 1, 1), D(-9997, 1, 1)));
        Assert.Throws<OverflowException>(() => BusinessCalendars.WeekendsOnly.AddBusinessDays(LocalDate.MinIsoValue.PlusDays(10), -50));
    }

    [Fact]
    public void Near_the_last_iso_year_the_results_are_the_walks()
    {
        // The year 9999 is tabled like any other; only a step past its last day overflows, as the walk does.
        Assert.Equal(Walk.Add(France, D(9998, 12, 1), 10), France.AddBusinessDays(D(9998, 12, 1), 10));
        Assert.Equal(Walk.Count(France, D(9998, 1, 1), D(9998, 12, 31)), France.BusinessDaysBetween(D(9998, 1, 1), D(9998, 12, 31)));
        Assert.Equal(Walk.Add(France, D(9998, 12, 20), 10), France.AddBusinessDays(D(9998, 12, 20), 10));
        Assert.Equal(Walk.Count(France, D(9998, 12, 20), D(9999, 1, 10)), France.BusinessDaysBetween(D(9998, 12, 20), D(9999, 1, 10)));
        Assert.Equal(Walk.Count(France, D(9999, 1, 1), LocalDate.MaxIsoValue), France.BusinessDaysBetween(D(9999, 1, 1), LocalDate.MaxIsoValue));
        Assert.Throws<OverflowException>(() => BusinessCalendars.WeekendsOnly.AddBusinessDays(LocalDate.MaxIsoValue.PlusDays(-10), 10));
        Assert.Throws<OverflowException>(() => France.NextBusinessDay(LocalDate.MaxIsoValue));
        Assert.Throws<OverflowException>(() => France.AddBusinessDays(D(2026, 1, 1), int.MinValue));
    }

    [Fact]
    public void A_calendar_closed_for_a_year_fails_as_the_walk_does()
    {
        var days = Enumerable.Range(0, 365).Select(d => new Holiday(D(2027, 1, 1).PlusDays(d), "Closed"));
        var closed = France.With(days);

        var forward = Assert.Throws<InvalidOperationException>(() => closed.AddBusinessDays(D(2026, 12, 20), 10));
        Assert.Equal("Calendar 'France' has no business day within 366 days of 2028-01-01.", forward.Message);
        Assert.Throws<InvalidOperationException>(() => closed.AddBusinessDays(D(2028, 1, 10), -10));
        Assert.Equal(D(2026, 12, 31), closed.AddBusinessDays(D(2026, 12, 20), 8));
        Assert.Equal(Walk.Count(closed, D(2026, 12, 20), D(2028, 1, 10)), closed.BusinessDaysBetween(D(2026, 12, 20), D(2028, 1, 10)));
    }
}
