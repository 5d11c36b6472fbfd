namespace Recouvrement.Reasons;

/// <summary>
/// The reason codes of a returned Bacs Direct Debit (United Kingdom), as its ARUDD report gives them, each mapped to an
/// <see cref="UnpaidReason"/> and a <see cref="RetryAdvice"/>; found by name or by the code itself (<c>0</c>…<c>B</c>).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class BacsReturnCode : RejectionCode<BacsReturnCode>
{
    /// <summary>ARUDD 0, refer to payer: usually not enough funds.</summary>
    public static readonly BacsReturnCode ReferToPayer = new(nameof(ReferToPayer), 1, "refer to payer", UnpaidReason.InsufficientFunds, RetryAdvice.Soft, "0");

    /// <summary>ARUDD 1, the payer cancelled the instruction.</summary>
    public static readonly BacsReturnCode InstructionCancelled = new(nameof(InstructionCancelled), 2, "instruction cancelled by the payer", UnpaidReason.MandateRevokedOrMissing, RetryAdvice.Hard, "1");

    /// <summary>ARUDD 2, the payer has died.</summary>
    public static readonly BacsReturnCode PayerDeceased = new(nameof(PayerDeceased), 3, "payer deceased", UnpaidReason.Death, RetryAdvice.Hard, "2");

    /// <summary>ARUDD 3, the account was transferred to another bank.</summary>
    public static readonly BacsReturnCode AccountTransferred = new(nameof(AccountTransferred), 4, "account transferred", UnpaidReason.AccountClosedOrInvalid, RetryAdvice.Hard, "3");

    /// <summary>ARUDD 5, no such account.</summary>
    public static readonly BacsReturnCode NoAccount = new(nameof(NoAccount), 5, "no account", UnpaidReason.AccountClosedOrInvalid, RetryAdvice.Hard, "5");

    /// <summary>ARUDD 6, the bank holds no instruction.</summary>
    public static readonly BacsReturnCode NoInstruction = new(nameof(NoInstruction), 6, "no instruction", UnpaidReason.MandateRevokedOrMissing, RetryAdvice.Hard, "6");

    /// <summary>ARUDD 7, the amount differs from the advance notice.</summary>
    public static readonly BacsReturnCode AmountDiffers = new(nameof(AmountDiffers), 7, "amount differs", UnpaidReason.TechnicalRejection, RetryAdvice.Hard, "7");

    /// <summary>ARUDD 8, the amount is not yet due.</summary>
    public static readonly BacsReturnCode AmountNotYetDue = new(nameof(AmountNotYetDue), 8, "amount not yet due", UnpaidReason.TechnicalRejection, RetryAdvice.Hard, "8");

    /// <summary>ARUDD 9, presented too late.</summary>
    public static readonly BacsReturnCode PresentationOverdue = new(nameof(PresentationOverdue), 9, "presentation overdue", UnpaidReason.TechnicalRejection, RetryAdvice.Hard, "9");

    /// <summary>ARUDD A, the instruction is held by another service user.</summary>
    public static readonly BacsReturnCode ServiceUserDiffers = new(nameof(ServiceUserDiffers), 10, "service user differs", UnpaidReason.TechnicalRejection, RetryAdvice.Hard, "A");

    /// <summary>ARUDD B, the account is closed.</summary>
    public static readonly BacsReturnCode AccountClosed = new(nameof(AccountClosed), 11, "account closed", UnpaidReason.AccountClosedOrInvalid, RetryAdvice.Hard, "B");

    private BacsReturnCode(string name, int value, string description, UnpaidReason reason, RetryAdvice retry, params string[] aliases)
        : base(name, value, description, reason, retry, aliases)
    {
    }

    /// <summary>Finds a code as reported, ignoring case and surrounding blanks.</summary>
    /// <param name="code">The code as the ARUDD report gives it, or the member's name.</param>
    /// <param name="result">The code, when known.</param>
    /// <returns>True when the code is known.</returns>
    public static bool TryParse(string? code, out BacsReturnCode? result) => TryFind(code, out result);
}
