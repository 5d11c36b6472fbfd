using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>
/// A credit note (<i>avoir</i>): against an invoice it reduces that invoice; without one it is a credit allocated like
/// a payment.
/// </summary>
/// <param name="Id">The credit note number.</param>
/// <param name="Date">The date of issue.</param>
/// <param name="Credited">The amount credited, including VAT.</param>
public sealed record CreditNote(string Id, LocalDate Date, Money Credited) : AccountEntry(Id, Date)
{
    /// <summary>Gets the invoice the credit note is against, or null for a free credit.</summary>
    public string? InvoiceId { get; init; }

    /// <inheritdoc />
    public override Money Amount => Credited;

    internal override int SameDayRank => 2;
}
