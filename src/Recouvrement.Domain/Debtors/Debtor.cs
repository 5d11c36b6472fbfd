using System;
using System.Collections.Generic;
using System.Linq;
using Recouvrement.Internal;

namespace Recouvrement.Debtors;

/// <summary>The party who owes: who they are, where, and how to reach them.</summary>
/// <remarks>Immutable: the contacts are copied when set, and compared by content. Checked by <see cref="Accounts.Account.Create"/>.</remarks>
public sealed record Debtor
{
    private readonly ValueList<Contact> contacts = ValueList<Contact>.Empty;

    /// <summary>Initializes a new instance of the <see cref="Debtor"/> record.</summary>
    /// <param name="id">The host's identifier of the debtor.</param>
    /// <param name="name">The debtor's name.</param>
    /// <param name="kind">Consumer, business or public authority.</param>
    /// <param name="country">The ISO 3166-1 alpha-2 code of the country whose law applies (FR, GB, DE…).</param>
    public Debtor(string id, string name, DebtorKind kind, string country)
    {
        Id = id;
        Name = name;
        Kind = kind;
        Country = country;
    }

    /// <summary>Gets the host's identifier of the debtor.</summary>
    public string Id { get; init; }

    /// <summary>Gets the debtor's name.</summary>
    public string Name { get; init; }

    /// <summary>Gets the kind of debtor: consumer, business or public authority.</summary>
    public DebtorKind Kind { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 code of the country whose law applies (FR, GB, DE…).</summary>
    public string Country { get; init; }

    /// <summary>Gets the contacts, in the order given; copied, never kept.</summary>
    public IReadOnlyList<Contact> Contacts
    {
        get => contacts;
        init => contacts = ValueList.Of(value);
    }

    /// <summary>
    /// Gets the law the contract names when it is not the debtor's country's: an ISO 3166 code, a country or a
    /// subdivision ("FR-57" for Alsace-Moselle, "GB-ENG"); the debtor's <see cref="Country"/> when null.
    /// </summary>
    public string? GoverningLaw { get; init; }

    /// <summary>Whether any contact can be reached through a channel; <see cref="Reachability"/> gives the full report.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>True when a contact has the data the channel needs.</returns>
    public bool CanBeReachedBy(ContactChannel channel)
    {
        _ = channel ?? throw new ArgumentNullException(nameof(channel));
        for (var i = 0; i < contacts.Count; i++)
        {
            if (channel.CanReach(contacts[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Says which channels can reach the debtor, through which contact (a payment approver first), and what data is
    /// missing, so that a gap is visible before it blocks a reminder.
    /// </summary>
    /// <returns>The report, one line per channel.</returns>
    public ChannelReport Reachability()
    {
        // Prefer reaching someone who can decide to pay.
        var ordered = Contacts.OrderBy(c => c.Role?.ApprovesPayments == true ? 0 : 1).ToArray();
        var usable = new List<ChannelAccess>();
        var missing = new List<string>();
        foreach (var channel in ContactChannel.List.OrderBy(c => c.Value))
        {
            var contact = Array.Find(ordered, channel.CanReach);
            if (contact is null)
            {
                missing.Add($"{channel.Name}: no contact has {channel.Requirement}");
            }
            else
            {
                usable.Add(new ChannelAccess(channel, contact));
            }
        }

        if (!Contacts.Any(c => c.Role?.ApprovesPayments == true))
        {
            missing.Add("No contact approves payments: ask who validates the payment");
        }

        return new ChannelReport(usable, missing);
    }
}
