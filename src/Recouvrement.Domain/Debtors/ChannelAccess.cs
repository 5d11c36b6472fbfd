namespace Recouvrement.Debtors;

/// <summary>A channel that can reach the debtor, and the contact it reaches.</summary>
public sealed record ChannelAccess
{
    /// <summary>Initializes a new instance of the <see cref="ChannelAccess"/> record.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="contact">The contact reached, a payment approver when one can be.</param>
    public ChannelAccess(ContactChannel channel, Contact contact)
    {
        Channel = channel;
        Contact = contact;
    }

    /// <summary>Gets the channel.</summary>
    public ContactChannel Channel { get; init; }

    /// <summary>Gets the contact reached, a payment approver when one can be.</summary>
    public Contact Contact { get; init; }
}
