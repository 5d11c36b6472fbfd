using Recouvrement.Debtors;
using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>
/// C. civ. 1231-6 and 1344-1, C. mon. fin. L313-2 and L313-3: the legal rate of each half-year from the formal notice,
/// + 5 points from the end of the two months after an enforceable judgment; no fixed compensation.
/// </summary>
internal sealed class FranceConsumerRule(ReferenceRateSeries legalRate) : HalfYearlyRule(legalRate, "taux de l'intérêt légal")
{
    private static readonly AnnualRate FivePoints = AnnualRate.FromPercent(5m);

    public override string Name => "France, legal interest owed by a consumer";

    public override string LegalSource => "C. civ. art. 1231-6, 1344-1; C. mon. fin. art. L313-2, L313-3";

    internal override string FrenchName => "France, intérêts au taux légal dus par un consommateur";

    internal override string CompensationSource => "C. proc. civ. exécution art. L111-8";

    public override Money FixedCompensation(Money amount, DebtorKind kind) => Money.Zero(Currency.EUR);

    internal override string? Refuses(DebtorKind kind, Currency currency)
        => !currency.Equals(Currency.EUR) ? $"the French consumer rule is in euros, not in {currency.Code}" : null;

    // Interest runs from the formal notice itself (C. civ. 1344-1), never before the due date.
    internal override int FirstDay(LateInvoice invoice, int dueDay)
        => invoice.FormalNoticeDate is { } notice ? DayNumber.Of(notice) : dueDay + 1;

    internal override string? Lacks(LateInvoice invoice)
        => invoice.FormalNoticeDate is null ? "needs the formal notice date: a consumer owes interest from the formal notice" : null;

    internal override RateSpan RateFrom(LateInvoice invoice, int firstDay, int day, DebtorKind kind, bool carryForward)
    {
        // The 5-point increase starts once the two months after the enforceable judgment have run out.
        var span = base.RateFrom(invoice, firstDay, day, kind, carryForward);
        if (invoice.JudgmentDate is not { } judgment)
        {
            return span;
        }

        var increase = DayNumber.Of(judgment.PlusMonths(2).PlusDays(1));
        return span.ToDay < increase ? span
            : day >= increase ? span.WithMargin(FivePoints)
            : span.EndingOn(increase - 1);
    }

    private protected override AnnualRate Margin(DebtorKind kind) => AnnualRate.Zero;
}
