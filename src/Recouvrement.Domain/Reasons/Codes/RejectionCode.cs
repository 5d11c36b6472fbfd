using Ardalis.SmartEnum;

namespace Recouvrement.Reasons;

/// <summary>
/// A code a payment rail returns with a failed collection — a SEPA R-transaction code, a card decline category — mapped
/// to the <see cref="UnpaidReason"/> it means and whether retrying may succeed.
/// </summary>
/// <typeparam name="TEnum">The code vocabulary.</typeparam>
/// <remarks>Members are immutable and thread-safe.</remarks>
public abstract class RejectionCode<TEnum> : SmartEnum<TEnum>
    where TEnum : SmartEnum<TEnum>
{
    /// <summary>Initializes a code.</summary>
    /// <param name="name">The code as the rail sends it.</param>
    /// <param name="value">The member's value.</param>
    /// <param name="description">What the code means, in English.</param>
    /// <param name="reason">The unpaid reason it maps to.</param>
    /// <param name="retry">Whether retrying may succeed.</param>
    private protected RejectionCode(string name, int value, string description, UnpaidReason reason, RetryAdvice retry)
        : base(name, value)
        => (Description, Reason, Retry) = (description, reason, retry);

    /// <summary>Gets what the code means, in English.</summary>
    public string Description { get; }

    /// <summary>Gets the unpaid reason it maps to.</summary>
    public UnpaidReason Reason { get; }

    /// <summary>Gets whether presenting the collection again may succeed.</summary>
    public RetryAdvice Retry { get; }

    /// <summary>Finds a code as a rail reported it, ignoring case and surrounding blanks.</summary>
    internal static bool TryFind(string? code, out TEnum? result)
    {
        // Rails send the codes as listed: the exact look-up is the fast path, the case-insensitive one the fallback.
        if (code is not null && (TryFromName(code, out var known) || TryFromName(code.Trim(), ignoreCase: true, out known)))
        {
            result = known;
            return true;
        }

        result = null;
        return false;
    }
}
