using NodaTime;
using Recouvrement.Worker.Hosting;

namespace Recouvrement.Worker.Tests;

/// <summary>When the service runs each day, daylight saving time included.</summary>
public sealed class DailyScheduleTests
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
    private static readonly LocalTime SixAm = new(6, 0);

    [Theory]
    [InlineData("2026-03-02T05:59", false, "2026-03-02T06:00:00 Europe/Paris (+01)")]
    [InlineData("2026-03-02T06:00", true, "2026-03-03T06:00:00 Europe/Paris (+01)")]
    [InlineData("2026-03-02T23:59", true, "2026-03-03T06:00:00 Europe/Paris (+01)")]
    [InlineData("2026-03-28T07:00", true, "2026-03-29T06:00:00 Europe/Paris (+02)")]
    public void The_run_falls_at_run_at_in_the_zone(string local, bool due, string next)
    {
        var now = Local(local);

        Assert.Equal(due, DailySchedule.IsDue(now, SixAm));
        Assert.Equal(next, DailySchedule.Next(now, SixAm).ToString());
    }

    [Fact]
    public void A_run_time_in_the_spring_forward_gap_falls_just_after_it()
    {
        var halfPastTwo = new LocalTime(2, 30);

        // 2026-03-29 in Paris: 02:00 is 03:00, so 02:30 does not exist; the run starts at 03:30, not earlier.
        Assert.False(DailySchedule.IsDue(Local("2026-03-29T03:10"), halfPastTwo));
        Assert.Equal("2026-03-29T03:30:00 Europe/Paris (+02)", DailySchedule.Next(Local("2026-03-29T01:00"), halfPastTwo).ToString());
        Assert.True(DailySchedule.IsDue(Local("2026-03-29T03:30"), halfPastTwo));
    }

    private static ZonedDateTime Local(string text)
        => NodaTime.Text.LocalDateTimePattern.GeneralIso.Parse(text + ":00").Value.InZoneLeniently(Paris);
}
