using Microsoft.Extensions.Logging;
namespace Recouvrement.Extensions;

/// <summary>The log messages of collection runs, source-generated: no formatting unless the level is on. Dates are ISO text,
/// the same whatever the machine's culture.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Collection run of {RunDate} started")]
    internal static partial void RunStarted(ILogger logger, string runDate);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Collection run of {RunDate} finished: {Entries} entries, {Actions} actions, {Problems} rejected, in {Seconds:0.000} s")]
    internal static partial void RunFinished(ILogger logger, string runDate, int entries, int actions, int problems, double seconds);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Portfolio entry {DebtorId} rejected: {Problem}")]
    internal static partial void EntryRejected(ILogger logger, string debtorId, string? problem);
}
