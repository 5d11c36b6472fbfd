using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>A fee or interest posted to the account as an item of its own, never mixed into principal.</summary>
public sealed record Charge : AccountEntry
{
    /// <summary>Initializes a new instance of the <see cref="Charge"/> record.</summary>
    /// <param name="id">The charge's identifier.</param>
    /// <param name="date">The date it was posted.</param>
    /// <param name="dueDate">The date it is due.</param>
    /// <param name="charged">The amount charged.</param>
    /// <param name="kind">A fee or interest.</param>
    public Charge(string id, LocalDate date, LocalDate dueDate, Money charged, ChargeKind kind)
        : base(id, date)
    {
        DueDate = dueDate;
        Charged = charged;
        Kind = kind;
    }

    /// <summary>Gets the date it is due.</summary>
    public LocalDate DueDate { get; init; }

    /// <summary>Gets the amount charged.</summary>
    public Money Charged { get; init; }

    /// <summary>Gets a fee or interest.</summary>
    public ChargeKind Kind { get; init; }

    /// <summary>Gets the invoice the charge relates to, if any.</summary>
    public string? InvoiceId { get; init; }

    /// <inheritdoc />
    public override Money Amount => Charged;

    internal override int SameDayRank => 1;
}
