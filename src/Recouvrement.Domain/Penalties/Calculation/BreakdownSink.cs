using System.Collections.Generic;
using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>
/// Keeps what a breakdown shows: the rate periods and the rule's notes on them, the interest lines, and an error for
/// each missing rate.
/// </summary>
internal readonly struct BreakdownSink(LatePaymentRule rule, bool carryForward, ValidationErrors errors) : IAccrualSink
{
    /// <summary>Gets the tables the walk fills; <see cref="InterestSharing"/> reads them, then they go back to the pool.</summary>
    public BreakdownTables Tables { get; } = Scratch<BreakdownTables>.Rent();

    /// <summary>Gets the rule's notes on the rate periods.</summary>
    public List<PenaltyNote> Notes { get; } = [];

    /// <inheritdoc/>
    public int Period(int from, int to, in RateSpan span)
    {
        var period = span.ToPeriod(DayNumber.ToDate(from), DayNumber.ToDate(to));
        Tables.Periods.Add((period, from, to));
        if (rule.NoteOn(period) is { } note)
        {
            Notes.Add(note);
        }

        return Tables.Periods.Count - 1;
    }

    /// <inheritdoc/>
    public void Missing(in RateSpan span)
        => errors.Add("rates", span.ReferenceDate, span.MissingIn!.Unknown(span.ReferenceDate, carryForward, out var code)!, code);

    /// <inheritdoc/>
    public void Line(in Accrual line) => Tables.Lines.Add(line);
}
