using System.Collections.Generic;
using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>The lines and rate periods a breakdown's walk fills, rented from <see cref="Scratch{T}"/> and copied out of.</summary>
internal sealed class BreakdownTables : IScratchTable
{
    /// <summary>Gets the interest lines, in order.</summary>
    public List<Accrual> Lines { get; } = [];

    /// <summary>Gets the rate periods with their first and last day numbers, in order.</summary>
    public List<(RatePeriod Period, int From, int To)> Periods { get; } = [];

    /// <inheritdoc/>
    public void Clear()
    {
        Lines.Clear();
        Periods.Clear();
    }
}
