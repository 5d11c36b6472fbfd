using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>An item with an amount left to pay, as an allocation strategy sees it when a payment arrives.</summary>
public readonly record struct OpenItem
{
    /// <summary>Initializes a new instance of the <see cref="OpenItem"/> struct.</summary>
    /// <param name="id">The item's identifier: an invoice, an instalment (<c>INV-1/2</c>) or a charge.</param>
    /// <param name="invoiceId">The invoice the item belongs to (the charge's own id for a free-standing charge).</param>
    /// <param name="kind">Principal, fee or interest.</param>
    /// <param name="issueDate">The date the item arose.</param>
    /// <param name="dueDate">The date the item is due.</param>
    /// <param name="open">The amount left to pay, positive.</param>
    public OpenItem(string id, string invoiceId, ChargeKind kind, LocalDate issueDate, LocalDate dueDate, Money open)
    {
        Id = id;
        InvoiceId = invoiceId;
        Kind = kind;
        IssueDate = issueDate;
        DueDate = dueDate;
        Open = open;
    }

    /// <summary>Gets the item's identifier: an invoice, an instalment (<c>INV-1/2</c>) or a charge.</summary>
    public string Id { get; init; }

    /// <summary>Gets the invoice the item belongs to (the charge's own id for a free-standing charge).</summary>
    public string InvoiceId { get; init; }

    /// <summary>Gets the kind of item: principal, fee or interest.</summary>
    public ChargeKind Kind { get; init; }

    /// <summary>Gets the date the item arose.</summary>
    public LocalDate IssueDate { get; init; }

    /// <summary>Gets the date the item is due.</summary>
    public LocalDate DueDate { get; init; }

    /// <summary>Gets the amount left to pay, positive.</summary>
    public Money Open { get; init; }

    /// <summary>Returns whether the item is due on <paramref name="date"/> (<i>dette échue</i>).</summary>
    /// <param name="date">The payment date.</param>
    /// <returns><see langword="true"/> when the due date is on or before <paramref name="date"/>.</returns>
    public bool IsDueOn(LocalDate date) => DueDate <= date;
}
