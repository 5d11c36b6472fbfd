using System.Collections.Generic;
using System.Linq;
using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>The spans of every half-year whose first day the series knows, in order.</summary>
internal sealed class HalfYearSpans
{
    private readonly int firstDay;

    // The spans' last days apart from the spans: the search reads a compact array.
    private readonly int[] lastDays;

    public HalfYearSpans(ReferenceRateSeries series, AnnualRate margin, string frenchName)
    {
        var start = LatePaymentRule.HalfYearOf(series.ChangeAt(0).EffectiveFrom).Start;
        start = start < series.ChangeAt(0).EffectiveFrom ? start.PlusMonths(6) : start;
        firstDay = DayNumber.Of(start);
        var spans = new List<RateSpan>();
        while (start <= series.KnownUntil)
        {
            // The next half-year starts the day after this one ends: a series confirmed to 9999-12-31 has no next one,
            // and six months on from its last would leave the calendar.
            var end = LatePaymentRule.HalfYearOf(start).End;
            spans.Add(LatePaymentRule.Read(series, start, DayNumber.Of(end), margin, carryForward: false, frenchName));
            if (end >= series.KnownUntil)
            {
                break;
            }

            start = end.PlusDays(1);
        }

        Spans = [.. spans];
        lastDays = [.. spans.Select(span => span.ToDay)];
    }

    public RateSpan[] Spans { get; }

    /// <summary>The index of the span holding <paramref name="day"/>, or -1 when it is outside them all.</summary>
    public int Find(int day)
    {
        if (day < firstDay || lastDays.Length == 0 || day > lastDays[lastDays.Length - 1])
        {
            return -1;
        }

        // A half-year is 181 to 184 days long: dividing by 184 lands on the span or a few before it, never after.
        var index = (day - firstDay) / 184;
        while (lastDays[index] < day)
        {
            index++;
        }

        return index;
    }
}
