namespace Recouvrement.Debtors;

/// <summary>A channel that can reach the debtor, and the contact it reaches.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Contact">The contact reached, a payment approver when one can be.</param>
public sealed record ChannelAccess(ContactChannel Channel, Contact Contact);
