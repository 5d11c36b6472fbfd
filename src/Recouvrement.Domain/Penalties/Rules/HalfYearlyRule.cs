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
/// The half-years the series knows are read once per margin and kept by the series, whatever rule asks: a calculation
/// then finds each span's rate by arithmetic on day numbers instead of building and comparing dates (rules and series
/// are immutable, and a host that builds a rule per debtor does not rebuild the table).
/// </remarks>
internal abstract class HalfYearlyRule(ReferenceRateSeries reference, string frenchReferenceName) : LatePaymentRule
{
    // Indexed by DebtorKind.Value (a closed vocabulary of three kinds); each found once, on first use.
    private readonly HalfYearSpans?[] byKind = new HalfYearSpans?[4];

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
            known = reference.HalfYearSpans(Margin(kind), frenchReferenceName);
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
}
