using System.Collections.Generic;
using System.Linq;

namespace Recouvrement.Debtors;

/// <summary>Which channels can reach a debtor and what contact data is missing (see <see cref="Debtor.Reachability"/>).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ChannelReport
{
    internal ChannelReport(IReadOnlyList<ChannelAccess> usable, IReadOnlyList<string> missing)
    {
        Usable = usable;
        Missing = missing;
    }

    /// <summary>Gets the usable channels and the contact each reaches.</summary>
    public IReadOnlyList<ChannelAccess> Usable { get; }

    /// <summary>Gets what is missing, one sentence per gap: "Sms: no contact has a mobile number".</summary>
    public IReadOnlyList<string> Missing { get; }

    /// <summary>Gets a value indicating whether every channel is usable and a payment approver is known.</summary>
    public bool IsComplete => Missing.Count == 0;

    /// <summary>Returns whether <paramref name="channel"/> can reach the debtor.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns><see langword="true"/> when usable.</returns>
    public bool CanUse(ContactChannel channel) => Usable.Any(u => u.Channel == channel);
}
