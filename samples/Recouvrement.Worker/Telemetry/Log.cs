using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Text;

namespace Recouvrement.Worker.Telemetry;

/// <summary>The worker's log messages, each with its event id.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Schema version {Version} ready (found version {Found})")]
    internal static partial void SchemaReady(ILogger logger, int version, int found);

    [LoggerMessage(2, LogLevel.Information, "Tenant {Tenant}: the run of {Date} starts, {Partitions} partitions of up to {Size} customers each shared between the instances")]
    internal static partial void DayStarted(ILogger logger, string tenant, IsoDate date, int partitions, int size);

    [LoggerMessage(3, LogLevel.Information, "Tenant {Tenant}: the run of {Date} is finished; this instance processed {Entries} customers, stored {Actions} actions, met {Problems} problem rows in {Elapsed}")]
    internal static partial void DayFinished(ILogger logger, string tenant, IsoDate date, long entries, long actions, long problems, TimeSpan elapsed);

    [LoggerMessage(4, LogLevel.Information, "Tenant {Tenant}: the run of {Date} was finished already")]
    internal static partial void DayDoneAlready(ILogger logger, string tenant, IsoDate date);

    [LoggerMessage(5, LogLevel.Warning, "Tenant {Tenant}: {Table} row {Key} cannot be read ({Message}); customer {Customer} waits until it is fixed")]
    internal static partial void RowProblem(ILogger logger, string tenant, string table, string key, string message, string customer);

    [LoggerMessage(6, LogLevel.Warning, "Tenant {Tenant}: customer {Customer} was processed by another instance first")]
    internal static partial void TakenElsewhere(ILogger logger, string tenant, string customer);

    [LoggerMessage(7, LogLevel.Error, "Tenant {Tenant}: the run of {Date} failed; it resumes where it stopped on the next attempt")]
    internal static partial void DayFailed(ILogger logger, Exception exception, string tenant, IsoDate date);

    [LoggerMessage(8, LogLevel.Debug, "Tenant {Tenant}: partition {Partition} of {Date} finished, {Entries} customers")]
    internal static partial void PartitionFinished(ILogger logger, string tenant, int partition, IsoDate date, int entries);

    [LoggerMessage(9, LogLevel.Information, "Tenant {Tenant}: seeded {Accounts} demo accounts as of {Date}")]
    internal static partial void Seeded(ILogger logger, string tenant, int accounts, IsoDate date);

    [LoggerMessage(10, LogLevel.Information, "Next run at {Next}")]
    internal static partial void Sleeping(ILogger logger, ZonedDateTime next);

    [LoggerMessage(11, LogLevel.Critical, "The worker cannot start")]
    internal static partial void CannotStart(ILogger logger, Exception exception);

    /// <summary>A date as logs show it: 2026-03-02.</summary>
    internal readonly record struct IsoDate(LocalDate Date)
    {
        public static implicit operator IsoDate(LocalDate date) => new(date);

        public override string ToString() => LocalDatePattern.Iso.Format(Date);
    }
}
