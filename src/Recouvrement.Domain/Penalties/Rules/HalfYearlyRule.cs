using NodaTime;
using Recouvrement.Debtors;

namespace Recouvrement.Penalties;

/// <summary>
/// The shape the French, EU-directive and German rules share: the reference rate in force on the first day of each
/// half-year (1 January, 1 July) plus a margin, the rate changing at each half-year boundary of the overdue span; and
/// €40 fixed compensation per late invoice when the debtor is not a consumer.
/// </summary>
internal abstract class HalfYearlyRule(ReferenceRateSeries reference, string frenchReferenceName) : LatePaymentRule
{
    public override Money FixedCompensation(Money amount, DebtorKind kind) => FortyEurosUnlessConsumer(kind);

    /// <summary>The €40 per late invoice of the directive (D441-5 in France, §288(5) BGB), never owed by a consumer.</summary>
    internal static Money FortyEurosUnlessConsumer(DebtorKind kind) => new(kind.FixedCompensationApplies ? 40m : 0m, Currency.EUR);

    /// <summary>The points added to the reference rate for this debtor.</summary>
    private protected abstract AnnualRate Margin(DebtorKind kind);

    internal override RateSpan RateFrom(LateInvoice invoice, LocalDate firstDay, LocalDate day, DebtorKind kind, bool carryForward)
    {
        var (halfYear, end) = HalfYearOf(day);
        return Read(reference, halfYear, end, Margin(kind), carryForward, frenchReferenceName);
    }
}
