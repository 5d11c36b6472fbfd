namespace Recouvrement.Worker.Runs;

/// <summary>What one instance did of a tenant's day; its partitions run at once, so it counts atomically.</summary>
internal sealed class DayTally
{
    private long entries;
    private long actions;
    private long problems;

    internal long Entries => Interlocked.Read(ref entries);

    internal long Actions => Interlocked.Read(ref actions);

    internal long Problems => Interlocked.Read(ref problems);

    internal void Processed(int count) => Interlocked.Add(ref entries, count);

    internal void Add(int count) => Interlocked.Add(ref actions, count);

    internal void Problem() => Interlocked.Increment(ref problems);
}
