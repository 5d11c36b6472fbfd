using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>
/// A deposit (<i>acompte</i>) paid ahead of or with an invoice. Earmarked for an invoice, it settles that invoice from
/// the later of its own date and the invoice's issue date; otherwise it is allocated like a payment.
/// </summary>
/// <param name="Id">The deposit's identifier.</param>
/// <param name="Date">The date the deposit was received.</param>
/// <param name="Paid">The amount received.</param>
public sealed record Deposit(string Id, LocalDate Date, Money Paid) : AccountEntry(Id, Date)
{
    /// <summary>Gets the invoice the deposit is for, if any.</summary>
    public string? InvoiceId { get; init; }

    /// <inheritdoc />
    public override Money Amount => Paid;

    internal override int SameDayRank => 3;
}
