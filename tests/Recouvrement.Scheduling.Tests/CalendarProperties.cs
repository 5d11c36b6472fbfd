using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Recouvrement.Calendars;

namespace Recouvrement.Scheduling.Tests;

public class CalendarProperties
{
    private static readonly IBusinessCalendar[] Calendars =
        [BusinessCalendars.France, BusinessCalendars.FranceAlsaceMoselle, BusinessCalendars.EnglandAndWales, BusinessCalendars.Germany];

    private static readonly Arbitrary<(IBusinessCalendar Calendar, LocalDate Date, int Days)> Cases =
        (from calendar in Gen.Elements(Calendars)
         from offset in Gen.Choose(0, 20_000)
         from days in Gen.Choose(-60, 60)
         select (calendar, new LocalDate(1990, 1, 1).PlusDays(offset), days)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Adding_business_days_lands_on_one_and_counts_back()
        => Prop.ForAll(Cases, c =>
        {
            var landed = c.Calendar.AddBusinessDays(c.Date, c.Days);
            Assert.True(c.Calendar.IsBusinessDay(landed));
            // Business days in (start, landed] going forward, in [landed, start) going back.
            if (c.Days > 0)
            {
                Assert.Equal(c.Days, c.Calendar.BusinessDaysBetween(c.Date, landed));
            }
            else if (c.Days < 0)
            {
                Assert.Equal(-c.Days, c.Calendar.BusinessDaysBetween(landed.PlusDays(-1), c.Date.PlusDays(-1)));
            }
        });

    [Property(MaxTest = 300)]
    public Property The_next_business_day_skips_only_non_business_days()
        => Prop.ForAll(Cases, c =>
        {
            var next = c.Calendar.NextBusinessDay(c.Date);
            Assert.True(next > c.Date && c.Calendar.IsBusinessDay(next));
            for (var day = c.Date.PlusDays(1); day < next; day = day.PlusDays(1))
            {
                Assert.False(c.Calendar.IsBusinessDay(day));
            }

            Assert.Equal(c.Calendar.PreviousBusinessDay(next), c.Calendar.IsBusinessDay(c.Date) ? c.Date : c.Calendar.PreviousBusinessDay(c.Date));
        });
}
