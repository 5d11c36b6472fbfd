namespace Recouvrement.Reasons;

/// <summary>
/// Card decline categories, as card processors group their issuer response codes, each mapped to an
/// <see cref="UnpaidReason"/> and a <see cref="RetryAdvice"/>; found by name, by Stripe decline code
/// (<c>insufficient_funds</c>) or by ISO 8583 response code (<c>51</c>), see <see cref="RejectionCode{TEnum}.Aliases"/>.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CardDecline : RejectionCode<CardDecline>
{
    /// <summary>The card has expired.</summary>
    public static readonly CardDecline ExpiredCard = new(nameof(ExpiredCard), 1, "expired card", UnpaidReason.CardExpired, RetryAdvice.Hard, "expired_card", "54", "33");

    /// <summary>The card was reported lost.</summary>
    public static readonly CardDecline LostCard = new(nameof(LostCard), 2, "card reported lost", UnpaidReason.CardLostOrStolen, RetryAdvice.Hard, "lost_card", "41");

    /// <summary>The card was reported stolen.</summary>
    public static readonly CardDecline StolenCard = new(nameof(StolenCard), 3, "card reported stolen", UnpaidReason.CardLostOrStolen, RetryAdvice.Hard, "stolen_card", "43");

    /// <summary>Not enough funds or credit.</summary>
    public static readonly CardDecline InsufficientFunds = new(nameof(InsufficientFunds), 4, "insufficient funds", UnpaidReason.InsufficientFunds, RetryAdvice.Soft, "insufficient_funds", "51");

    /// <summary>A spending or withdrawal limit was reached.</summary>
    public static readonly CardDecline LimitExceeded = new(nameof(LimitExceeded), 5, "limit exceeded", UnpaidReason.InsufficientFunds, RetryAdvice.Soft, "card_velocity_exceeded", "withdrawal_count_limit_exceeded", "61", "65");

    /// <summary>The card number or expiry date is wrong.</summary>
    public static readonly CardDecline IncorrectCardDetails = new(nameof(IncorrectCardDetails), 6, "incorrect card details", UnpaidReason.AccountClosedOrInvalid, RetryAdvice.Hard, "incorrect_number", "invalid_number", "incorrect_cvc", "invalid_cvc", "invalid_expiry_month", "invalid_expiry_year", "invalid_account", "new_account_information_available", "14", "N7", "82");

    /// <summary>The issuer declined without a reason ("do not honour").</summary>
    public static readonly CardDecline DoNotHonour = new(nameof(DoNotHonour), 7, "declined by the issuer without a reason", UnpaidReason.TechnicalRejection, RetryAdvice.Soft, "do_not_honor", "generic_decline", "call_issuer", "no_action_taken", "01", "05");

    /// <summary>The issuer or the network could not be reached.</summary>
    public static readonly CardDecline ProcessingError = new(nameof(ProcessingError), 8, "processing error", UnpaidReason.TechnicalRejection, RetryAdvice.Soft, "processing_error", "issuer_not_available", "try_again_later", "reenter_transaction", "19", "91", "96");

    /// <summary>Strong customer authentication is required: the debtor must confirm the payment.</summary>
    public static readonly CardDecline AuthenticationRequired = new(nameof(AuthenticationRequired), 9, "authentication required", UnpaidReason.TechnicalRejection, RetryAdvice.Hard, "authentication_required", "incorrect_pin", "pin_try_exceeded", "offline_pin_required", "online_or_offline_pin_required", "1A", "55", "75");

    /// <summary>The issuer suspects fraud, or the card is restricted.</summary>
    public static readonly CardDecline SuspectedFraud = new(nameof(SuspectedFraud), 10, "suspected fraud or restricted card", UnpaidReason.CardLostOrStolen, RetryAdvice.Hard, "fraudulent", "pickup_card", "restricted_card", "security_violation", "merchant_blacklist", "04", "07", "59", "62", "63");

    /// <summary>The cardholder told the issuer to stop this or every payment to the merchant (Visa R0, R1, R3).</summary>
    public static readonly CardDecline PaymentStopped = new(nameof(PaymentStopped), 11, "payment stopped by the cardholder", UnpaidReason.MandateRevokedOrMissing, RetryAdvice.Hard, "stop_payment_order", "revocation_of_authorization", "revocation_of_all_authorizations", "R0", "R1", "R3");

    /// <summary>The card cannot be used for this kind of payment or currency: another means of payment is needed.</summary>
    public static readonly CardDecline NotPermitted = new(nameof(NotPermitted), 12, "card not permitted for this payment", UnpaidReason.TechnicalRejection, RetryAdvice.Hard, "card_not_supported", "currency_not_supported", "transaction_not_allowed", "not_permitted", "57", "58");

    private CardDecline(string name, int value, string description, UnpaidReason reason, RetryAdvice retry, params string[] aliases)
        : base(name, value, description, reason, retry, aliases)
    {
    }

    /// <summary>Finds a code as reported, ignoring case and surrounding blanks.</summary>
    /// <param name="code">The code as the rail reported it.</param>
    /// <param name="result">The code, when known.</param>
    /// <returns>True when the code is known.</returns>
    public static bool TryParse(string? code, out CardDecline? result) => TryFind(code, out result);
}
