using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Recouvrement.Calendars;

namespace Recouvrement.Domain.Tests;

/// <summary>
/// A calendar that numbers its business days gets the same answers, and the same errors, from
/// <see cref="BusinessDays"/> as the same calendar asked day by day.
/// </summary>
public class IndexedBusinessDaysProperties
{
    private static readonly LocalDate First = new(1990, 1, 1);
    private static readonly LocalDate[] Holidays = [.. Enumerable.Range(0, 600).Select(i => First.PlusDays(i * 67))];
    private static readonly NumberedHolidays Numbered = new(Holidays);
    private static readonly Holidays Plain = new(Holidays);

    private static readonly Arbitrary<(LocalDate Date, int Days, LocalDate Other)> Cases =
        (from offset in Gen.Choose(0, 40_000)
         from days in Gen.Choose(-400, 400)
         from apart in Gen.Choose(-800, 800)
         select (First.PlusDays(offset), days, First.PlusDays(offset + apart))).ToArbitrary();

    [KernelProperty(MaxTest = 200)]
    public Property Adding_and_counting_by_the_numbers_agree_with_walking()
        => Prop.ForAll(Cases, c =>
        {
            Assert.Equal(Plain.AddBusinessDays(c.Date, c.Days), Numbered.AddBusinessDays(c.Date, c.Days));
            Assert.Equal(Plain.BusinessDaysBetween(c.Date, c.Other), Numbered.BusinessDaysBetween(c.Date, c.Other));
        });

    [Fact]
    public void A_year_without_business_days_fails_as_the_walk_does()
    {
        var closed = new NumberedHolidays(Holidays, 2027);
        var error = Assert.Throws<InvalidOperationException>(() => closed.AddBusinessDays(new LocalDate(2026, 12, 20), 10));
        Assert.Equal("Calendar 'Numbered holidays' has no business day within 366 days of 2028-01-01.", error.Message);
        Assert.Throws<InvalidOperationException>(() => closed.AddBusinessDays(new LocalDate(2028, 1, 10), -10));
        Assert.Equal(new LocalDate(2028, 1, 10), closed.AddBusinessDays(new LocalDate(2028, 1, 7), 1));
    }
}
