using System.Diagnostics.Metrics;

namespace Recouvrement.Worker.Telemetry;

/// <summary>
/// The worker's instruments, on the meter <c>Recouvrement.Worker</c>: customers processed by outcome, actions stored by
/// kind, rows that could not be read, and how long a partition takes — each tagged with the tenant.
/// </summary>
internal sealed class WorkerMetrics
{
    internal const string MeterName = "Recouvrement.Worker";

    private readonly Counter<long> entries;
    private readonly Counter<long> actions;
    private readonly Counter<long> problems;
    private readonly Histogram<double> partitions;

    public WorkerMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        entries = meter.CreateCounter<long>("recouvrement.worker.entries", "{customer}", "Customers processed, by outcome: stored, quiet (nothing to do), rejected (a row could not be read) or taken (another instance had them).");
        actions = meter.CreateCounter<long>("recouvrement.worker.actions", "{action}", "Actions stored, by kind.");
        problems = meter.CreateCounter<long>("recouvrement.worker.problems", "{row}", "Rows that could not be read, by table.");
        partitions = meter.CreateHistogram<double>("recouvrement.worker.partition.duration", "s", "How long one partition of a day's run took.");
    }

    internal void Entry(string tenant, string outcome)
        => entries.Add(1, new KeyValuePair<string, object?>("recouvrement.tenant", tenant), new KeyValuePair<string, object?>("recouvrement.outcome", outcome));

    internal void Action(string tenant, string kind)
        => actions.Add(1, new KeyValuePair<string, object?>("recouvrement.tenant", tenant), new KeyValuePair<string, object?>("recouvrement.action.kind", kind));

    internal void Problem(string tenant, string table)
        => problems.Add(1, new KeyValuePair<string, object?>("recouvrement.tenant", tenant), new KeyValuePair<string, object?>("recouvrement.table", table));

    internal void Partition(string tenant, TimeSpan elapsed)
        => partitions.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("recouvrement.tenant", tenant));
}
