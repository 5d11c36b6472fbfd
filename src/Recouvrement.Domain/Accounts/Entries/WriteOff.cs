using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>A write-off (<i>passage en perte</i>): the creditor gives up an amount of an invoice or charge.</summary>
/// <param name="Id">The write-off's identifier.</param>
/// <param name="Date">The date of the write-off; one dated before its item is issued takes effect on the item's issue date.</param>
/// <param name="ItemId">The invoice or charge written off.</param>
/// <param name="WrittenOff">The amount given up.</param>
public sealed record WriteOff(string Id, LocalDate Date, string ItemId, Money WrittenOff) : AccountEntry(Id, Date)
{
    /// <inheritdoc />
    public override Money Amount => WrittenOff;

    internal override int SameDayRank => 4;
}
