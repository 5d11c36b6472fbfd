using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>
/// A deposit (<i>acompte</i>) paid ahead of or with an invoice. Earmarked for an invoice, it settles that invoice from
/// the later of its own date and the invoice's issue date; otherwise it is allocated like a payment.
/// </summary>
public sealed record Deposit : AccountEntry
{
    /// <summary>Initializes a new instance of the <see cref="Deposit"/> record.</summary>
    /// <param name="id">The deposit's identifier.</param>
    /// <param name="date">The date the deposit was received.</param>
    /// <param name="paid">The amount received.</param>
    public Deposit(string id, LocalDate date, Money paid)
        : base(id, date)
    {
        Paid = paid;
    }

    /// <summary>Gets the amount received.</summary>
    public Money Paid { get; init; }

    /// <summary>Gets the invoice the deposit is for, if any.</summary>
    public string? InvoiceId { get; init; }

    /// <inheritdoc />
    public override Money Amount => Paid;

    internal override int SameDayRank => 3;
}
