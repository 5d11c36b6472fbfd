using NodaTime;

namespace Recouvrement.Worker.Hosting;

/// <summary>
/// When the daily run falls: at <see cref="WorkerOptions.RunAt"/> in the worker's zone; on the day that time does not
/// exist (the spring-forward gap) just after the gap, on the day it exists twice at its first occurrence.
/// </summary>
internal static class DailySchedule
{
    /// <summary>Whether the run of <paramref name="now"/>'s date is due.</summary>
    internal static bool IsDue(ZonedDateTime now, LocalTime runAt) => now.ToInstant() >= At(now.Date, runAt, now.Zone).ToInstant();

    /// <summary>The start of the next run not yet due: today's, or tomorrow's once today's is due.</summary>
    internal static ZonedDateTime Next(ZonedDateTime now, LocalTime runAt) => At(IsDue(now, runAt) ? now.Date.PlusDays(1) : now.Date, runAt, now.Zone);

    private static ZonedDateTime At(LocalDate date, LocalTime time, DateTimeZone zone) => date.At(time).InZoneLeniently(zone);
}
