using System.Collections.Generic;
using Recouvrement.Internal;

namespace Recouvrement.Scheduling;

/// <summary>The aged open amounts of a whole portfolio in one currency (<i>balance âgée</i>).</summary>
/// <param name="Labels">The columns' labels; copied.</param>
/// <param name="Buckets">The open amount per column; copied.</param>
/// <param name="Total">The total open amount.</param>
public sealed record RunAging(IReadOnlyList<string> Labels, IReadOnlyList<Money> Buckets, Money Total)
{
    /// <summary>Gets the columns' labels. Copied: compared by content.</summary>
    public IReadOnlyList<string> Labels { get; init => field = ValueList.OrNull(value); } = ValueList.OrNull(Labels);

    /// <summary>Gets the open amount per column. Copied: compared by content.</summary>
    public IReadOnlyList<Money> Buckets { get; init => field = ValueList.OrNull(value); } = ValueList.OrNull(Buckets);
}
