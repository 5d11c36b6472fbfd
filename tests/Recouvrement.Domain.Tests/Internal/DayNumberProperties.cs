using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Domain.Tests;

public class DayNumberProperties
{
    private static readonly LocalDate Epoch = new(1970, 1, 1);

    [KernelProperty(MaxTest = 1_000)]
    public Property Day_numbers_count_days_from_1970_and_convert_back()
        => Prop.ForAll(Gen.Choose(DayNumber.Of(LocalDate.MinIsoValue), DayNumber.Of(LocalDate.MaxIsoValue)).ToArbitrary(), days =>
        {
            var date = Epoch.PlusDays(days);
            Assert.Equal(days, DayNumber.Of(date));
            Assert.Equal(date, DayNumber.ToDate(days));
        });

    [Fact]
    public void Every_iso_date_has_its_own_day_number_and_converts_back()
    {
        // The whole ISO range, day after day: both conversions agree with NodaTime's own count on every date.
        var expected = DayNumber.Of(LocalDate.MinIsoValue);
        Assert.Equal(LocalDate.MinIsoValue, Epoch.PlusDays(expected));
        for (var date = LocalDate.MinIsoValue; ; date = date.PlusDays(1), expected++)
        {
            if (DayNumber.Of(date) != expected || DayNumber.ToDate(expected) != date)
            {
                Assert.Fail($"{date:uuuu-MM-dd}: day number {DayNumber.Of(date)}, expected {expected}; back: {DayNumber.ToDate(expected):uuuu-MM-dd}");
            }

            if (date == LocalDate.MaxIsoValue)
            {
                break;
            }
        }
    }

    [Fact]
    public void Leap_days_and_century_years_are_counted()
    {
        Assert.Equal(0, DayNumber.Of(Epoch));
        Assert.Equal(new LocalDate(2000, 2, 29), DayNumber.ToDate(DayNumber.Of(new LocalDate(2000, 2, 28)) + 1));
        Assert.Equal(new LocalDate(2100, 3, 1), DayNumber.ToDate(DayNumber.Of(new LocalDate(2100, 2, 28)) + 1));
        Assert.Equal(LocalDate.MaxIsoValue, DayNumber.ToDate(DayNumber.Of(LocalDate.MaxIsoValue)));
        Assert.Equal(LocalDate.MinIsoValue, DayNumber.ToDate(DayNumber.Of(LocalDate.MinIsoValue)));
        Assert.Equal(Epoch.PlusDays(-1), DayNumber.ToDate(-1));
    }
}
