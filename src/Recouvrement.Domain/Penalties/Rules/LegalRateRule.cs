using Recouvrement.Debtors;
using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>
/// A consumer's moratory interest at a country's legal rate (Belgium, Spain, Italy, the Netherlands): the rate of each
/// half-year, from the day after the due date or from a number of days after the formal notice; no fixed compensation.
/// </summary>
internal sealed class LegalRateRule(ReferenceRateSeries legalRate, Currency currency, LegalRateRule.Terms terms) : HalfYearlyRule(legalRate, "taux d'intérêt légal")
{
    public override string Name => terms.Name;

    public override string LegalSource => terms.Source;

    internal override string FrenchName => terms.FrenchName;

    internal override string CompensationSource => terms.Source;

    internal override bool CompoundsYearly => terms.CompoundsYearly;

    public override Money FixedCompensation(Money amount, DebtorKind kind) => Money.Zero(currency);

    internal override string? Refuses(DebtorKind kind, Currency given)
        => !kind.IsConsumer ? $"{terms.Name} is the consumers' rule"
            : !given.Equals(currency) ? $"{terms.Name} is in {currency.Code}, not in {given.Code}"
            : null;

    internal override int FirstDay(LateInvoice invoice, int dueDay)
        => terms.DaysAfterNotice is { } days && invoice.FormalNoticeDate is { } notice ? DayNumber.Of(notice) + days : dueDay + 1;

    internal override string? Lacks(LateInvoice invoice)
        => terms.DaysAfterNotice is not null && invoice.FormalNoticeDate is null ? $"needs the formal notice date: {terms.Name} runs from it" : null;

    private protected override AnnualRate Margin(DebtorKind kind) => AnnualRate.Zero;

    /// <summary>How a country's consumer rule reads: its names, its source, and when interest starts.</summary>
    /// <param name="Name">The rule's name in English.</param>
    /// <param name="FrenchName">The rule's name in French.</param>
    /// <param name="Source">The law.</param>
    /// <param name="DaysAfterNotice">The days after the formal notice interest starts from; from the day after the due date when null.</param>
    /// <param name="CompoundsYearly">Whether each full year's interest is added to the base (the Netherlands, BW 6:119(2)).</param>
    internal sealed record Terms(string Name, string FrenchName, string Source, int? DaysAfterNotice, bool CompoundsYearly = false);
}
