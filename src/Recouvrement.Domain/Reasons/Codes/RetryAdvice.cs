namespace Recouvrement.Reasons;

/// <summary>Whether a failed collection may be presented again as it is.</summary>
public enum RetryAdvice
{
    /// <summary>Soft failure: retrying later may succeed (insufficient funds, a temporary technical error).</summary>
    Soft,

    /// <summary>Hard failure: do not retry; new payment details or the debtor's consent are needed first.</summary>
    Hard,
}
