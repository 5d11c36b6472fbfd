namespace Recouvrement.Reasons;

/// <summary>
/// The reason codes of SEPA direct-debit R-transactions (rejects, returns, refunds — ISO 20022 <c>ExternalStatusReason1Code</c>
/// as listed in the EPC's SDD rulebooks and implementation guidelines), each mapped to an <see cref="UnpaidReason"/> and
/// a <see cref="RetryAdvice"/>.
/// </summary>
/// <remarks>This type is immutable and thread-safe. An unmapped code classifies as <see cref="UnpaidReason.Unknown"/>, the raw code kept.</remarks>
public sealed class SepaReturnCode : RejectionCode<SepaReturnCode>
{
    /// <summary>AC01: account identifier incorrect (invalid IBAN).</summary>
    public static readonly SepaReturnCode AC01 = new(nameof(AC01), 1, "account identifier incorrect", UnpaidReason.AccountClosedOrInvalid, RetryAdvice.Hard);

    /// <summary>AC04: account closed.</summary>
    public static readonly SepaReturnCode AC04 = new(nameof(AC04), 2, "account closed", UnpaidReason.AccountClosedOrInvalid, RetryAdvice.Hard);

    /// <summary>AC06: account blocked, or blocked for direct debit by the debtor.</summary>
    public static readonly SepaReturnCode AC06 = new(nameof(AC06), 3, "account blocked", UnpaidReason.AccountClosedOrInvalid, RetryAdvice.Hard);

    /// <summary>AC13: the debtor account is a consumer account (B2B scheme refused).</summary>
    public static readonly SepaReturnCode AC13 = new(nameof(AC13), 4, "debtor account is a consumer account", UnpaidReason.AccountClosedOrInvalid, RetryAdvice.Hard);

    /// <summary>AG01: transaction forbidden on this type of account.</summary>
    public static readonly SepaReturnCode AG01 = new(nameof(AG01), 5, "direct debit forbidden on this account", UnpaidReason.AccountClosedOrInvalid, RetryAdvice.Hard);

    /// <summary>AG02: operation or sequence code incorrect.</summary>
    public static readonly SepaReturnCode AG02 = new(nameof(AG02), 6, "operation code incorrect", UnpaidReason.TechnicalRejection, RetryAdvice.Hard);

    /// <summary>AM04: insufficient funds.</summary>
    public static readonly SepaReturnCode AM04 = new(nameof(AM04), 7, "insufficient funds", UnpaidReason.InsufficientFunds, RetryAdvice.Soft);

    /// <summary>AM05: duplicate collection.</summary>
    public static readonly SepaReturnCode AM05 = new(nameof(AM05), 8, "duplicate collection", UnpaidReason.TechnicalRejection, RetryAdvice.Hard);

    /// <summary>BE05: creditor identifier unknown to the debtor's bank.</summary>
    public static readonly SepaReturnCode BE05 = new(nameof(BE05), 9, "creditor identifier incorrect", UnpaidReason.TechnicalRejection, RetryAdvice.Hard);

    /// <summary>FF01: file format invalid.</summary>
    public static readonly SepaReturnCode FF01 = new(nameof(FF01), 10, "file format invalid", UnpaidReason.TechnicalRejection, RetryAdvice.Soft);

    /// <summary>MD01: no valid mandate (unauthorised transaction).</summary>
    public static readonly SepaReturnCode MD01 = new(nameof(MD01), 11, "no valid mandate", UnpaidReason.MandateRevokedOrMissing, RetryAdvice.Hard);

    /// <summary>MD02: mandate data missing or incorrect.</summary>
    public static readonly SepaReturnCode MD02 = new(nameof(MD02), 12, "mandate data missing or incorrect", UnpaidReason.MandateRevokedOrMissing, RetryAdvice.Hard);

    /// <summary>MD06: refund requested by the debtor (within eight weeks of an authorised debit).</summary>
    public static readonly SepaReturnCode MD06 = new(nameof(MD06), 13, "refund requested by the debtor", UnpaidReason.MandateRevokedOrMissing, RetryAdvice.Hard);

    /// <summary>MD07: the debtor has died.</summary>
    public static readonly SepaReturnCode MD07 = new(nameof(MD07), 14, "debtor deceased", UnpaidReason.Death, RetryAdvice.Hard);

    /// <summary>MS02: refused by the debtor, reason not given.</summary>
    public static readonly SepaReturnCode MS02 = new(nameof(MS02), 15, "refused by the debtor, reason not given", UnpaidReason.MandateRevokedOrMissing, RetryAdvice.Hard);

    /// <summary>MS03: refused by the bank, reason not given.</summary>
    public static readonly SepaReturnCode MS03 = new(nameof(MS03), 16, "refused by the bank, reason not given", UnpaidReason.TechnicalRejection, RetryAdvice.Soft);

    /// <summary>RC01: bank identifier (BIC) incorrect.</summary>
    public static readonly SepaReturnCode RC01 = new(nameof(RC01), 17, "bank identifier incorrect", UnpaidReason.TechnicalRejection, RetryAdvice.Hard);

    /// <summary>RR01: regulatory reason — debtor account or identification missing.</summary>
    public static readonly SepaReturnCode RR01 = new(nameof(RR01), 18, "regulatory reason: debtor identification missing", UnpaidReason.TechnicalRejection, RetryAdvice.Hard);

    /// <summary>RR04: regulatory reason.</summary>
    public static readonly SepaReturnCode RR04 = new(nameof(RR04), 19, "regulatory reason", UnpaidReason.TechnicalRejection, RetryAdvice.Hard);

    /// <summary>SL01: a specific service of the debtor's bank (a creditor black- or white-list) blocked the debit.</summary>
    public static readonly SepaReturnCode SL01 = new(nameof(SL01), 20, "blocked by the debtor's bank on the debtor's instruction", UnpaidReason.MandateRevokedOrMissing, RetryAdvice.Hard);

    /// <summary>Regulatory reason: the debtor's name or address is missing.</summary>
    public static readonly SepaReturnCode RR02 = new(nameof(RR02), 21, "regulatory reason: debtor name or address missing", UnpaidReason.TechnicalRejection, RetryAdvice.Hard);

    /// <summary>Regulatory reason: the creditor's name or address is missing.</summary>
    public static readonly SepaReturnCode RR03 = new(nameof(RR03), 22, "regulatory reason: creditor name or address missing", UnpaidReason.TechnicalRejection, RetryAdvice.Hard);

    /// <summary>The creditor's bank is not registered under the scheme.</summary>
    public static readonly SepaReturnCode CNOR = new(nameof(CNOR), 23, "creditor bank not registered", UnpaidReason.TechnicalRejection, RetryAdvice.Hard);

    /// <summary>The debtor's bank is not registered under the scheme.</summary>
    public static readonly SepaReturnCode DNOR = new(nameof(DNOR), 24, "debtor bank not registered", UnpaidReason.AccountClosedOrInvalid, RetryAdvice.Hard);

    private SepaReturnCode(string name, int value, string description, UnpaidReason reason, RetryAdvice retry)
        : base(name, value, description, reason, retry)
    {
    }

    /// <summary>Finds a code as reported, ignoring case and surrounding blanks.</summary>
    /// <param name="code">The code as the rail reported it.</param>
    /// <param name="result">The code, when known.</param>
    /// <returns>True when the code is known.</returns>
    public static bool TryParse(string? code, out SepaReturnCode? result) => TryFind(code, out result);
}
