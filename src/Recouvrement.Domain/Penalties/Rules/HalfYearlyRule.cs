using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Recouvrement.Debtors;
using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>
/// The shape the French, EU-directive and German rules share: the reference rate in force on the first day of each
/// half-year (1 January, 1 July) plus a margin, the rate changing at each half-year boundary of the overdue span; and
/// €40 fixed compensation per late invoice when the debtor is not a consumer.
/// </summary>
/// <remarks>
/// The half-years the series knows are read once per debtor kind and kept: a calculation then finds each span's rate by
/// arithmetic on day numbers instead of building and comparing dates (rules and series are immutable).
/// </remarks>
internal abstract class HalfYearlyRule(ReferenceRateSeries reference, string frenchReferenceName) : LatePaymentRule
{
    // Indexed by DebtorKind.Value (a closed vocabulary of three kinds); each filled once, on first use.
    private readonly HalfYears?[] byKind = new HalfYears?[4];

    public override Money FixedCompensation(Money amount, DebtorKind kind) => FortyEurosUnlessConsumer(kind);

    /// <summary>The €40 per late invoice of the directive (D441-5 in France, §288(5) BGB), never owed by a consumer.</summary>
    internal static Money FortyEurosUnlessConsumer(DebtorKind kind) => new(kind.FixedCompensationApplies ? 40m : 0m, Currency.EUR);

    /// <summary>The points added to the reference rate for this debtor.</summary>
    private protected abstract AnnualRate Margin(DebtorKind kind);

    internal override RateSpan RateFrom(LateInvoice invoice, int firstDay, int day, DebtorKind kind, bool carryForward)
    {
        var known = Volatile.Read(ref byKind[kind.Value]);
        if (known is null)
        {
            known = new HalfYears(reference, Margin(kind), frenchReferenceName);
            Volatile.Write(ref byKind[kind.Value], known);
        }

        if (known.Find(day) is var index and >= 0)
        {
            return known.Spans[index];
        }

        // Before the series starts (missing), or after it ends when the last rate is carried forward.
        var (halfYear, end) = HalfYearOf(DayNumber.ToDate(day));
        return Read(reference, halfYear, DayNumber.Of(end), Margin(kind), carryForward, frenchReferenceName);
    }

    /// <summary>The spans of every half-year whose first day the series knows, in order.</summary>
    private sealed class HalfYears
    {
        private readonly int firstDay;

        // The spans' last days apart from the spans: the search reads a compact array.
        private readonly int[] lastDays;

        public HalfYears(ReferenceRateSeries series, AnnualRate margin, string frenchName)
        {
            var start = HalfYearOf(series.ChangeAt(0).EffectiveFrom).Start;
            start = start < series.ChangeAt(0).EffectiveFrom ? start.PlusMonths(6) : start;
            firstDay = DayNumber.Of(start);
            var spans = new List<RateSpan>();
            for (; start <= series.KnownUntil; start = start.PlusMonths(6))
            {
                spans.Add(Read(series, start, DayNumber.Of(start.PlusMonths(6).PlusDays(-1)), margin, carryForward: false, frenchName));
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
}
