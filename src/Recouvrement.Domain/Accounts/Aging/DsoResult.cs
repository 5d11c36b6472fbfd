using System.Collections.Generic;
using System.Globalization;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>Days sales outstanding (DSO), with the steps that produced the figure.</summary>
public sealed record DsoResult
{
    /// <summary>Initializes a new instance of the <see cref="DsoResult"/> record.</summary>
    /// <param name="method">The method used.</param>
    /// <param name="days">The number of days, exact.</param>
    /// <param name="receivables">The open principal the figure measures (charges excluded).</param>
    /// <param name="steps">The computation, one line per step, as a collector or a controller would check it; copied.</param>
    public DsoResult(DsoMethod method, decimal days, Money receivables, IReadOnlyList<string> steps)
    {
        Method = method;
        Days = days;
        Receivables = receivables;
        Steps = ValueList.OrNull(steps);
    }

    /// <summary>Gets the method used.</summary>
    public DsoMethod Method { get; init; }

    /// <summary>Gets the number of days, exact.</summary>
    public decimal Days { get; init; }

    /// <summary>Gets the open principal the figure measures (charges excluded).</summary>
    public Money Receivables { get; init; }

    /// <summary>Gets the computation, one line per step, as a collector or a controller would check it. Copied: compared by content.</summary>
    public IReadOnlyList<string> Steps { get; init => field = ValueList.OrNull(value); }

    /// <summary>Renders the figure (one decimal) and its steps.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString()
        => $"DSO ({Method}): {Days.ToString("0.0", CultureInfo.InvariantCulture)} days{System.Environment.NewLine}  "
           + string.Join(System.Environment.NewLine + "  ", Steps);
}
