namespace Recouvrement.Reasons;

/// <summary>
/// The return reason codes of a dishonoured BECS direct debit (Australia), each mapped to an <see cref="UnpaidReason"/>
/// and a <see cref="RetryAdvice"/>; found by name or by the code itself (<c>1</c>…<c>9</c>).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class BecsReturnCode : RejectionCode<BecsReturnCode>
{
    /// <summary>Code 1, invalid BSB number.</summary>
    public static readonly BecsReturnCode InvalidBsb = new(nameof(InvalidBsb), 1, "invalid BSB number", UnpaidReason.AccountClosedOrInvalid, RetryAdvice.Hard, "1");

    /// <summary>Code 2, the customer stopped the payment.</summary>
    public static readonly BecsReturnCode PaymentStopped = new(nameof(PaymentStopped), 2, "payment stopped", UnpaidReason.MandateRevokedOrMissing, RetryAdvice.Hard, "2");

    /// <summary>Code 3, the account is closed.</summary>
    public static readonly BecsReturnCode AccountClosed = new(nameof(AccountClosed), 3, "account closed", UnpaidReason.AccountClosedOrInvalid, RetryAdvice.Hard, "3");

    /// <summary>Code 4, the customer has died.</summary>
    public static readonly BecsReturnCode CustomerDeceased = new(nameof(CustomerDeceased), 4, "customer deceased", UnpaidReason.Death, RetryAdvice.Hard, "4");

    /// <summary>Code 5, no account or an incorrect account number.</summary>
    public static readonly BecsReturnCode NoAccount = new(nameof(NoAccount), 5, "no account or incorrect account number", UnpaidReason.AccountClosedOrInvalid, RetryAdvice.Hard, "5");

    /// <summary>Code 6, refer to customer: usually not enough funds.</summary>
    public static readonly BecsReturnCode ReferToCustomer = new(nameof(ReferToCustomer), 6, "refer to customer", UnpaidReason.InsufficientFunds, RetryAdvice.Soft, "6");

    /// <summary>Code 8, invalid user identification number.</summary>
    public static readonly BecsReturnCode InvalidUserId = new(nameof(InvalidUserId), 8, "invalid user ID number", UnpaidReason.TechnicalRejection, RetryAdvice.Hard, "8");

    /// <summary>Code 9, technically invalid.</summary>
    public static readonly BecsReturnCode TechnicallyInvalid = new(nameof(TechnicallyInvalid), 9, "technically invalid", UnpaidReason.TechnicalRejection, RetryAdvice.Hard, "9");

    private BecsReturnCode(string name, int value, string description, UnpaidReason reason, RetryAdvice retry, params string[] aliases)
        : base(name, value, description, reason, retry, aliases)
    {
    }

    /// <summary>Finds a code as reported, ignoring case and surrounding blanks.</summary>
    /// <param name="code">The code as the bank returns it, or the member's name.</param>
    /// <param name="result">The code, when known.</param>
    /// <returns>True when the code is known.</returns>
    public static bool TryParse(string? code, out BecsReturnCode? result) => TryFind(code, out result);
}
