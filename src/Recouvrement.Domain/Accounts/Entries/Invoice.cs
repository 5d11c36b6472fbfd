using System.Collections.Generic;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>An invoice (<i>facture</i>): principal owed by the debtor, payable at its due date or by instalments.</summary>
/// <param name="Id">The invoice number.</param>
/// <param name="IssueDate">The date of issue.</param>
/// <param name="DueDate">The due date; with instalments, the due date of the last one.</param>
/// <param name="Total">The amount including VAT.</param>
public sealed record Invoice(string Id, LocalDate IssueDate, LocalDate DueDate, Money Total) : AccountEntry(Id, IssueDate)
{
    private readonly IReadOnlyList<Instalment> instalments = ValueList<Instalment>.Empty;

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
