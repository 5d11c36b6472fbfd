namespace Recouvrement.Extensions;

/// <summary>How the collection run reads the portfolio.</summary>
public sealed class RunOptions
{
    /// <summary>Gets or sets the entries per batch (default 256).</summary>
    public int BatchSize { get; set; } = 256;

    /// <summary>Gets or sets the threads per batch (default 1).</summary>
    public int MaxDegreeOfParallelism { get; set; } = 1;
}
