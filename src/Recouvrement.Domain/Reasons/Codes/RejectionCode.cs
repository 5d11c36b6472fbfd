using System;
using System.Collections.Generic;
using System.Threading;
using Ardalis.SmartEnum;

namespace Recouvrement.Reasons;

/// <summary>
/// A code a payment rail returns with a failed collection — a SEPA R-transaction code, a card decline category, a Bacs or
/// BECS return code — mapped to the <see cref="UnpaidReason"/> it means and whether retrying may succeed. A member is
/// found by its name or by any of its <see cref="Aliases"/>: the codes processors and schemes send for it.
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
    /// <param name="aliases">The codes processors and schemes send for it.</param>
    private protected RejectionCode(string name, int value, string description, UnpaidReason reason, RetryAdvice retry, params string[] aliases)
        : base(name, value)
        => (Description, Reason, Retry, Aliases) = (description, reason, retry, Array.AsReadOnly(aliases));

    // Every member's aliases, ignoring case: built on first use, once the members exist.
    private static Dictionary<string, TEnum>? byAlias;

    /// <summary>Gets what the code means, in English.</summary>
    public string Description { get; }

    /// <summary>Gets the unpaid reason it maps to.</summary>
    public UnpaidReason Reason { get; }

    /// <summary>Gets whether presenting the collection again may succeed.</summary>
    public RetryAdvice Retry { get; }

    /// <summary>Gets the codes processors and schemes send for it (Stripe decline codes, ISO 8583 response codes…).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Finds a code as a rail reported it, ignoring case and surrounding blanks.</summary>
    internal static bool TryFind(string? code, out TEnum? result)
    {
        // Rails send the codes as listed: the exact look-up is the fast path, the case-insensitive one the fallback.
        if (code is not null && (TryFromName(code, out var known) || TryFromName(code.Trim(), ignoreCase: true, out known)
            || (Volatile.Read(ref byAlias) ?? ByAlias()).TryGetValue(code.Trim(), out known)))
        {
            result = known;
            return true;
        }

        result = null;
        return false;
    }

    private static Dictionary<string, TEnum> ByAlias()
    {
        var table = new Dictionary<string, TEnum>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in List)
        {
            foreach (var alias in ((RejectionCode<TEnum>)(object)member).Aliases)
            {
                table.Add(alias, member);
            }
        }

        Volatile.Write(ref byAlias, table);
        return table;
    }
}
