using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.Result;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>
/// The columns of an aging report (<i>balance âgée</i>): "not due", then ranges of days past due up to each bound,
/// then "over" the last bound. The default is not due, 1–30, 31–60, 61–90 and over 90 days.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class AgingBuckets
{
    // Days past due beyond a hundred years name no real column, and a label's "from" is the bound before it plus one.
    private const int MaxBound = 36_525;
    private readonly int[] upperBounds;

    private AgingBuckets(int[] upperBounds)
    {
        this.upperBounds = upperBounds;
        var labels = new List<string> { "Not due" };
        var from = 1;
        foreach (var bound in upperBounds)
        {
            labels.Add(string.Format(CultureInfo.InvariantCulture, "{0}-{1}", from, bound));
            from = bound + 1;
        }

        labels.Add(string.Format(CultureInfo.InvariantCulture, "Over {0}", upperBounds[upperBounds.Length - 1]));
        Labels = labels;
    }

    /// <summary>Gets the default buckets: not due, 1–30, 31–60, 61–90, over 90 days.</summary>
    public static AgingBuckets Default { get; } = new([30, 60, 90]);

    /// <summary>Gets the column labels, "Not due" first.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Gets the number of columns.</summary>
    public int Count => Labels.Count;

    /// <summary>Creates buckets from the last day past due of each range: [30, 60, 90] gives the default.</summary>
    /// <param name="upperBounds">Strictly increasing numbers of days, from 1 to 36,525 (a hundred years); at least one.</param>
    /// <returns>The buckets, or an invalid result naming every problem.</returns>
    public static Result<AgingBuckets> Create(IEnumerable<int>? upperBounds)
    {
        var bounds = upperBounds?.ToArray();
        var errors = new ValidationErrors();
        if (bounds is null || bounds.Length == 0)
        {
            errors.Add(nameof(upperBounds), null, "must hold at least one bound", ErrorCodes.Required);
            return errors.ToInvalid<AgingBuckets>();
        }

        for (var i = 0; i < bounds.Length; i++)
        {
            if (bounds[i] < 1)
            {
                errors.Add($"{nameof(upperBounds)}[{i}]", bounds[i], "must be at least 1 day", ErrorCodes.OutOfRange);
            }
            else if (bounds[i] > MaxBound)
            {
                errors.Add($"{nameof(upperBounds)}[{i}]", bounds[i], $"must be at most {MaxBound} days (a hundred years)", ErrorCodes.OutOfRange);
            }
            else if (i > 0 && bounds[i] <= bounds[i - 1])
            {
                errors.Add($"{nameof(upperBounds)}[{i}]", bounds[i], $"must be greater than the bound before it ({bounds[i - 1]})", ErrorCodes.OutOfRange);
            }
        }

        return errors.ToResult(() => new AgingBuckets(bounds));
    }

    /// <summary>Returns the column of an item that is <paramref name="daysPastDue"/> days past due (0: not due).</summary>
    /// <param name="daysPastDue">Days past due, 0 when not due.</param>
    /// <returns>The column index, 0 for "Not due".</returns>
    public int IndexOf(int daysPastDue)
    {
        if (daysPastDue <= 0)
        {
            return 0;
        }

        for (var i = 0; i < upperBounds.Length; i++)
        {
            if (daysPastDue <= upperBounds[i])
            {
                return i + 1;
            }
        }

        return upperBounds.Length + 1;
    }
}
