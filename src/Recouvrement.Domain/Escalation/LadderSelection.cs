using System.Collections.Generic;
using System.Linq;
using Ardalis.Result;
using Recouvrement.Debtors;
using Recouvrement.Internal;
using Recouvrement.Reasons;

namespace Recouvrement.Escalation;

/// <summary>
/// Chooses the ladder for a debtor from segments tried in order — the first that matches wins — with a default for the
/// rest.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class LadderSelection
{
    private readonly LadderSegment[] segments;

    private LadderSelection(EscalationLadder defaultLadder, LadderSegment[] segments)
    {
        Default = defaultLadder;
        this.segments = segments;
        Segments = System.Array.AsReadOnly(segments);
    }

    /// <summary>Gets the ladder for debtors no segment matches.</summary>
    public EscalationLadder Default { get; }

    /// <summary>Gets the segments, in the order they are tried.</summary>
    public IReadOnlyList<LadderSegment> Segments { get; }

    /// <summary>Creates a selection.</summary>
    /// <param name="defaultLadder">The ladder for debtors no segment matches.</param>
    /// <param name="segments">The segments, tried in order.</param>
    /// <returns>The selection, or an invalid result naming every bad segment.</returns>
    public static Result<LadderSelection> Create(EscalationLadder? defaultLadder, IEnumerable<LadderSegment?>? segments)
    {
        var errors = new ValidationErrors();
        if (defaultLadder is null)
        {
            errors.Add(nameof(defaultLadder), null, "must be given", ErrorCodes.Required);
        }

        var list = segments?.ToArray() ?? [];
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is not { } segment || segment.Ladder is null)
            {
                errors.Add($"segments[{i}]", null, "must be given, with its ladder", ErrorCodes.Required);
            }
            else if (segment.FromOverdue is { } from && segment.BelowOverdue is { } below && (!from.Currency.Equals(below.Currency) || from >= below))
            {
                errors.Add($"segments[{i}].BelowOverdue", below, $"must be above {from}, in the same currency", ErrorCodes.OutOfRange);
            }
        }

        return errors.ToResult(() => new LadderSelection(defaultLadder!, [.. list.Select(s => s!)]));
    }

    /// <summary>Chooses the ladder for a debtor.</summary>
    /// <param name="kind">The debtor's kind.</param>
    /// <param name="overdue">The overdue amount.</param>
    /// <param name="reason">The deciding unpaid reason, when known.</param>
    /// <returns>The first matching segment's ladder, or the default.</returns>
    public EscalationLadder Select(DebtorKind kind, Money overdue, UnpaidReason? reason = null)
    {
        Preconditions.CheckNotNull(kind, nameof(kind));
        foreach (var segment in segments)
        {
            if (segment.Matches(kind, overdue, reason))
            {
                return segment.Ladder;
            }
        }

        return Default;
    }
}
