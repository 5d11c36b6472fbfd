using NodaTime;

namespace Recouvrement.Worker.Hosting;

/// <summary>The worker's settings: the <c>Worker</c> section and the connection string <c>ConnectionStrings:Recouvrement</c>.</summary>
internal sealed class WorkerOptions
{
    internal const string SectionName = "Worker";
    internal const string ConnectionStringName = "Recouvrement";

    /// <summary>The PostgreSQL connection string.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>When the daily run starts, in <see cref="TimeZone"/>.</summary>
    public LocalTime RunAt { get; set; } = new(6, 0);

    /// <summary>The time zone whose date is the run date.</summary>
    public DateTimeZone TimeZone { get; set; } = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    /// <summary>How many customers a partition holds: the unit instances claim, and what a crash makes run again.</summary>
    public int PartitionSize { get; set; } = 500;

    /// <summary>How many partitions this instance works on at once.</summary>
    public int Parallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>This instance's name, written beside what it processed.</summary>
    public string Name { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>How long an instance waits, when another holds the last partitions, before looking again (and taking over a dead one's).</summary>
    public Duration ClaimRetry { get; set; } = Duration.FromSeconds(1);

    /// <summary>How long the daily loop waits after a failed run (the database down) before trying again.</summary>
    public Duration RetryAfterFailure { get; set; } = Duration.FromMinutes(5);

    /// <summary>The settings that could not be read, with their paths; the validator reports them with the rest.</summary>
    internal List<string> ReadErrors { get; } = [];
}
