using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>A write-off (<i>passage en perte</i>): the creditor gives up an amount of an invoice or charge.</summary>
public sealed record WriteOff : AccountEntry
{
    /// <summary>Initializes a new instance of the <see cref="WriteOff"/> record.</summary>
    /// <param name="id">The write-off's identifier.</param>
    /// <param name="date">The date of the write-off; one dated before its item is issued takes effect on the item's issue date.</param>
    /// <param name="itemId">The invoice or charge written off.</param>
    /// <param name="writtenOff">The amount given up.</param>
    public WriteOff(string id, LocalDate date, string itemId, Money writtenOff)
        : base(id, date)
    {
        ItemId = itemId;
        WrittenOff = writtenOff;
    }

    /// <summary>Gets the invoice or charge written off.</summary>
    public string ItemId { get; init; }

    /// <summary>Gets the amount given up.</summary>
    public Money WrittenOff { get; init; }

    /// <inheritdoc />
    public override Money Amount => WrittenOff;

    internal override int SameDayRank => 4;
}
