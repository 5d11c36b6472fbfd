using System.Collections.Generic;

namespace Recouvrement.Scheduling;

/// <summary>The aged open amounts of a whole portfolio in one currency (<i>balance âgée</i>).</summary>
/// <param name="Labels">The columns' labels.</param>
/// <param name="Buckets">The open amount per column.</param>
/// <param name="Total">The total open amount.</param>
public sealed record RunAging(IReadOnlyList<string> Labels, IReadOnlyList<Money> Buckets, Money Total);
