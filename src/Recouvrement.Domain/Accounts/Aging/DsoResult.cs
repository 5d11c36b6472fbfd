using System.Collections.Generic;
using System.Globalization;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>Days sales outstanding (DSO), with the steps that produced the figure.</summary>
/// <param name="Method">The method used.</param>
/// <param name="Days">The number of days, exact.</param>
/// <param name="Receivables">The open principal the figure measures (charges excluded).</param>
/// <param name="Steps">The computation, one line per step, as a collector or a controller would check it; copied.</param>
public sealed record DsoResult(DsoMethod Method, decimal Days, Money Receivables, IReadOnlyList<string> Steps)
{
    /// <summary>Gets the computation, one line per step, as a collector or a controller would check it. Copied: compared by content.</summary>
    public IReadOnlyList<string> Steps { get; init => field = ValueList.OrNull(value); } = ValueList.OrNull(Steps);

    /// <summary>Renders the figure (one decimal) and its steps.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString()
        => $"DSO ({Method}): {Days.ToString("0.0", CultureInfo.InvariantCulture)} days{System.Environment.NewLine}  "
           + string.Join(System.Environment.NewLine + "  ", Steps);
}
