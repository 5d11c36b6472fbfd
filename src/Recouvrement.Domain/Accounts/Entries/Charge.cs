using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>A fee or interest posted to the account as an item of its own, never mixed into principal.</summary>
/// <param name="Id">The charge's identifier.</param>
/// <param name="Date">The date it was posted.</param>
/// <param name="DueDate">The date it is due.</param>
/// <param name="Charged">The amount charged.</param>
/// <param name="Kind">A fee or interest.</param>
public sealed record Charge(string Id, LocalDate Date, LocalDate DueDate, Money Charged, ChargeKind Kind) : AccountEntry(Id, Date)
{
    /// <summary>Gets the invoice the charge relates to, if any.</summary>
    public string? InvoiceId { get; init; }

    /// <inheritdoc />
    public override Money Amount => Charged;

    internal override int SameDayRank => 1;
}
