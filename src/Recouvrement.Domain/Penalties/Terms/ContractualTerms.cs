namespace Recouvrement.Penalties;

/// <summary>
/// Late-payment terms written in a contract, like an ERP's finance-charge terms: a fixed rate or a reference rate plus a
/// margin, the day count, grace days, a minimum charge, a cap, the method, and a fixed fee per late invoice.
/// Turned into a rule, checked, by <see cref="LatePaymentRule.Contractual"/>.
/// </summary>
/// <remarks>
/// <para>Set either <see cref="FixedRate"/> or <see cref="ReferenceRate"/> (with <see cref="Margin"/>). Interest runs
/// from the day after the due date, but only when the invoice is still unpaid after the grace days: an invoice paid
/// within them bears nothing.</para>
/// <para>In France between businesses a contractual rate may not be below 3 × the legal rate: use
/// <see cref="LatePaymentRule.FranceBusinessContractualRate"/>, which applies that floor.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ContractualTerms
{
    /// <summary>Gets the terms' name, shown in breakdowns ("Conditions générales de vente, art. 7").</summary>
    public string Name { get; init; } = "Contractual late-payment terms";

    /// <summary>Gets the fixed annual rate, when the contract states one: 0 to <see cref="PenaltyLimits.MaxRatePercent"/>.</summary>
    public AnnualRate? FixedRate { get; init; }

    /// <summary>Gets the reference rate the contract indexes on, when it does; the rate follows each of its changes.</summary>
    public ReferenceRateSeries? ReferenceRate { get; init; }

    /// <summary>Gets the points added to <see cref="ReferenceRate"/>: 0 to <see cref="PenaltyLimits.MaxRatePercent"/>, never negative.</summary>
    public AnnualRate Margin { get; init; }

    /// <summary>Gets how the year is counted; Actual/365 Fixed by default.</summary>
    public DayCount DayCount { get; init; } = DayCount.Actual365Fixed;

    /// <summary>Gets the days after the due date within which a payment bears no interest: 0 (the default) to <see cref="PenaltyLimits.MaxGraceDays"/>.</summary>
    public int GraceDays { get; init; }

    /// <summary>Gets the least interest charged once any is due, when the contract sets one.</summary>
    public Money? MinimumCharge { get; init; }

    /// <summary>Gets the most interest charged for one invoice, when the contract sets a cap.</summary>
    public Money? Cap { get; init; }

    /// <summary>Gets what the interest is charged on; the balance due by default.</summary>
    public InterestMethod Method { get; init; } = InterestMethod.BalanceDue;

    /// <summary>Gets the fixed fee per late invoice the contract adds (for a consumer, never charged); none by default.</summary>
    public Money? FixedFee { get; init; }
}
