using System.Collections.Generic;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>An invoice (<i>facture</i>): principal owed by the debtor, payable at its due date or by instalments.</summary>
public sealed record Invoice : AccountEntry
{
    private readonly IReadOnlyList<Instalment> instalments = ValueList<Instalment>.Empty;

    /// <summary>Initializes a new instance of the <see cref="Invoice"/> record.</summary>
    /// <param name="id">The invoice number.</param>
    /// <param name="issueDate">The date of issue.</param>
    /// <param name="dueDate">The due date; with instalments, the due date of the last one.</param>
    /// <param name="total">The amount including VAT.</param>
    public Invoice(string id, LocalDate issueDate, LocalDate dueDate, Money total)
        : base(id, issueDate)
    {
        DueDate = dueDate;
        Total = total;
    }

    /// <summary>Gets the due date; with instalments, the due date of the last one.</summary>
    public LocalDate DueDate { get; init; }

    /// <summary>Gets the amount including VAT.</summary>
    public Money Total { get; init; }

    /// <summary>Gets the date of issue: the invoice's <see cref="AccountEntry.Date"/>, which a copy changes together.</summary>
    public LocalDate IssueDate
    {
        get => Date;
        init => Date = value;
    }

    /// <summary>Gets the VAT included in <see cref="Total"/>, when known.</summary>
    public Money? Vat { get; init; }

    /// <summary>Gets the instalments, when the invoice is payable in parts; empty otherwise. Copied, never kept: compared by content.</summary>
    public IReadOnlyList<Instalment> Instalments
    {
        get => instalments;
        init => instalments = ValueList.Of(value);
    }

    /// <inheritdoc />
    public override Money Amount => Total;

    internal override int SameDayRank => 0;
}
