namespace Recouvrement.Reasons;

/// <summary>
/// Card decline categories, as card processors group their issuer response codes, each mapped to an
/// <see cref="UnpaidReason"/> and a <see cref="RetryAdvice"/>.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CardDecline : RejectionCode<CardDecline>
{
    /// <summary>The card has expired.</summary>
    public static readonly CardDecline ExpiredCard = new(nameof(ExpiredCard), 1, "expired card", UnpaidReason.CardExpired, RetryAdvice.Hard);

    /// <summary>The card was reported lost.</summary>
    public static readonly CardDecline LostCard = new(nameof(LostCard), 2, "card reported lost", UnpaidReason.CardLostOrStolen, RetryAdvice.Hard);

    /// <summary>The card was reported stolen.</summary>
    public static readonly CardDecline StolenCard = new(nameof(StolenCard), 3, "card reported stolen", UnpaidReason.CardLostOrStolen, RetryAdvice.Hard);

    /// <summary>Not enough funds or credit.</summary>
    public static readonly CardDecline InsufficientFunds = new(nameof(InsufficientFunds), 4, "insufficient funds", UnpaidReason.InsufficientFunds, RetryAdvice.Soft);

    /// <summary>A spending or withdrawal limit was reached.</summary>
    public static readonly CardDecline LimitExceeded = new(nameof(LimitExceeded), 5, "limit exceeded", UnpaidReason.InsufficientFunds, RetryAdvice.Soft);

    /// <summary>The card number or expiry date is wrong.</summary>
    public static readonly CardDecline IncorrectCardDetails = new(nameof(IncorrectCardDetails), 6, "incorrect card details", UnpaidReason.AccountClosedOrInvalid, RetryAdvice.Hard);

    /// <summary>The issuer declined without a reason ("do not honour").</summary>
    public static readonly CardDecline DoNotHonour = new(nameof(DoNotHonour), 7, "declined by the issuer without a reason", UnpaidReason.TechnicalRejection, RetryAdvice.Soft);

    /// <summary>The issuer or the network could not be reached.</summary>
    public static readonly CardDecline ProcessingError = new(nameof(ProcessingError), 8, "processing error", UnpaidReason.TechnicalRejection, RetryAdvice.Soft);

    /// <summary>Strong customer authentication is required: the debtor must confirm the payment.</summary>
    public static readonly CardDecline AuthenticationRequired = new(nameof(AuthenticationRequired), 9, "authentication required", UnpaidReason.TechnicalRejection, RetryAdvice.Hard);

    /// <summary>The issuer suspects fraud, or the card is restricted.</summary>
    public static readonly CardDecline SuspectedFraud = new(nameof(SuspectedFraud), 10, "suspected fraud or restricted card", UnpaidReason.CardLostOrStolen, RetryAdvice.Hard);

    private CardDecline(string name, int value, string description, UnpaidReason reason, RetryAdvice retry)
        : base(name, value, description, reason, retry)
    {
    }

    /// <summary>Finds a code as reported, ignoring case and surrounding blanks.</summary>
    /// <param name="code">The code as the rail reported it.</param>
    /// <param name="result">The code, when known.</param>
    /// <returns>True when the code is known.</returns>
    public static bool TryParse(string? code, out CardDecline? result) => TryFind(code, out result);
}
