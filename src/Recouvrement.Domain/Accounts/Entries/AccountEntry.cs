using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>
/// One item of the account's history ("la vie du compte"): an invoice, a credit note, a deposit, a payment, a
/// write-off or a charge. Entries are plain immutable data; <see cref="Account.Create"/> checks them together.
/// </summary>
public abstract record AccountEntry
{
    /// <summary>Initializes a new instance of the <see cref="AccountEntry"/> record.</summary>
    /// <param name="id">The host's identifier, unique within the account.</param>
    /// <param name="date">The date the entry takes effect.</param>
    private protected AccountEntry(string id, LocalDate date)
    {
        Id = id;
        Date = date;
    }

    /// <summary>Gets the host's identifier, unique within the account.</summary>
    public string Id { get; init; }

    /// <summary>Gets the date the entry takes effect.</summary>
    public LocalDate Date { get; init; }

    /// <summary>Gets the amount of the entry, positive.</summary>
    public abstract Money Amount { get; }

    /// <summary>Gets the rank of the entry among entries of the same date: items before the movements that settle them.</summary>
    internal abstract int SameDayRank { get; }
}
