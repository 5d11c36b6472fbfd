using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>
/// One item of the account's history ("la vie du compte"): an invoice, a credit note, a deposit, a payment, a
/// write-off or a charge. Entries are plain immutable data; <see cref="Account.Create"/> checks them together.
/// </summary>
/// <param name="Id">The host's identifier, unique within the account.</param>
/// <param name="Date">The date the entry takes effect.</param>
public abstract record AccountEntry(string Id, LocalDate Date)
{
    /// <summary>Gets the amount of the entry, positive.</summary>
    public abstract Money Amount { get; }

    /// <summary>Gets the rank of the entry among entries of the same date: items before the movements that settle them.</summary>
    internal abstract int SameDayRank { get; }
}
