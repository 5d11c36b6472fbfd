using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>
/// A credit note (<i>avoir</i>): against an invoice it reduces that invoice; without one it is a credit allocated like
/// a payment.
/// </summary>
/// <remarks>
/// A credit note against an invoice takes effect from the later of its date and the invoice's issue date: it cannot
/// reduce an invoice that does not exist yet, so one dated earlier (issued in advance, or dated by another system)
/// waits for the invoice, as a deposit does, and its allocation is dated the invoice's issue date. Until then it is
/// neither a reduction nor a credit balance.
/// </remarks>
public sealed record CreditNote : AccountEntry
{
    /// <summary>Initializes a new instance of the <see cref="CreditNote"/> record.</summary>
    /// <param name="id">The credit note number.</param>
    /// <param name="date">The date of issue.</param>
    /// <param name="credited">The amount credited, including VAT.</param>
    public CreditNote(string id, LocalDate date, Money credited)
        : base(id, date)
    {
        Credited = credited;
    }

    /// <summary>Gets the amount credited, including VAT.</summary>
    public Money Credited { get; init; }

    /// <summary>Gets the invoice the credit note is against, or null for a free credit.</summary>
    public string? InvoiceId { get; init; }

    /// <inheritdoc />
    public override Money Amount => Credited;

    internal override int SameDayRank => 2;
}
