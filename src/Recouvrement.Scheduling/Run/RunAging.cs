using System.Collections.Generic;
using Recouvrement.Internal;

namespace Recouvrement.Scheduling;

/// <summary>The aged open amounts of a whole portfolio in one currency (<i>balance âgée</i>).</summary>
public sealed record RunAging
{
    /// <summary>Initializes a new instance of the <see cref="RunAging"/> record.</summary>
    /// <param name="labels">The columns' labels; copied.</param>
    /// <param name="buckets">The open amount per column; copied.</param>
    /// <param name="total">The total open amount.</param>
    public RunAging(IReadOnlyList<string> labels, IReadOnlyList<Money> buckets, Money total)
    {
        Labels = ValueList.OrNull(labels);
        Buckets = ValueList.OrNull(buckets);
        Total = total;
    }

    /// <summary>Gets the total open amount.</summary>
    public Money Total { get; init; }

    /// <summary>Gets the columns' labels. Copied: compared by content.</summary>
    public IReadOnlyList<string> Labels { get; init => field = ValueList.OrNull(value); }

    /// <summary>Gets the open amount per column. Copied: compared by content.</summary>
    public IReadOnlyList<Money> Buckets { get; init => field = ValueList.OrNull(value); }
}
