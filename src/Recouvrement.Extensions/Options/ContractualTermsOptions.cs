namespace Recouvrement.Extensions;

/// <summary>
/// Contractual late-payment terms in configuration (an ERP's finance-charge terms), used by the rule named Contractual;
/// see <see cref="Penalties.ContractualTerms"/>. Amounts are in the options' currency.
/// </summary>
public sealed class ContractualTermsOptions
{
    /// <summary>Gets or sets the name the breakdown shows (default "Contractual late-payment terms").</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets a fixed annual rate, in percent; set this or <see cref="ReferenceRate"/>.</summary>
    public decimal? FixedRatePercent { get; set; }

    /// <summary>Gets or sets the reference rate the margin is added to: Ecb, FrenchLegalRate, BankOfEngland or GermanBaseRate.</summary>
    public string? ReferenceRate { get; set; }

    /// <summary>Gets or sets the margin over the reference rate, in percentage points (default 0).</summary>
    public decimal MarginPercent { get; set; }

    /// <summary>Gets or sets the day count: Actual365Fixed (default), Actual360 or ActualActual.</summary>
    public string DayCount { get; set; } = "Actual365Fixed";

    /// <summary>Gets or sets the days after the due date before interest runs (default 0).</summary>
    public int GraceDays { get; set; }

    /// <summary>Gets or sets the least interest charged on a late invoice; none when null.</summary>
    public decimal? MinimumCharge { get; set; }

    /// <summary>Gets or sets the most interest charged on a late invoice; none when null.</summary>
    public decimal? Cap { get; set; }

    /// <summary>Gets or sets what interest is charged on: BalanceDue (default) or AverageDailyBalance.</summary>
    public string Method { get; set; } = "BalanceDue";

    /// <summary>Gets or sets a fixed fee per late invoice, never charged to a consumer; none when null.</summary>
    public decimal? FixedFee { get; set; }
}
