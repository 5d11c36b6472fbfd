using System.Collections.Generic;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>A receivable whose late-payment penalties are computed: amount including VAT, due date, what settled it.</summary>
public sealed record LateInvoice
{
    private readonly IReadOnlyList<Settlement> settlements = ValueList<Settlement>.Empty;

    /// <summary>Initializes a new instance of the <see cref="LateInvoice"/> record.</summary>
    /// <param name="id">The invoice or instalment id, shown in the breakdown.</param>
    /// <param name="amount">The amount due, including VAT.</param>
    /// <param name="dueDate">The due date; interest runs from the day after.</param>
    public LateInvoice(string id, Money amount, LocalDate dueDate)
    {
        Id = id;
        Amount = amount;
        DueDate = dueDate;
    }

    /// <summary>Gets the invoice or instalment id, shown in the breakdown.</summary>
    public string Id { get; init; }

    /// <summary>Gets the amount due, including VAT.</summary>
    public Money Amount { get; init; }

    /// <summary>Gets the due date; interest runs from the day after.</summary>
    public LocalDate DueDate { get; init; }

    /// <summary>Gets the payments and credits received, in any order; copied, never kept.</summary>
    public IReadOnlyList<Settlement> Settlements
    {
        get => settlements;
        init => settlements = ValueList.Of(value);
    }

    /// <summary>
    /// The late invoice of an account statement's item: its id, amount and due date, and the payments and credits the
    /// statement applied to it, each on its date.
    /// </summary>
    /// <param name="statement">The statement.</param>
    /// <param name="item">One of its items.</param>
    /// <returns>The late invoice; the formal notice, judgment and compensation already charged are the caller's to add.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static LateInvoice Of(Accounts.AccountStatement statement, Accounts.ItemBalance item)
        => Of(statement, item, item?.DueDate ?? default, formalNoticeDate: null);

    /// <summary>As <see cref="Of(Accounts.AccountStatement, Accounts.ItemBalance)"/>, due on <paramref name="dueDate"/> and noticed on <paramref name="formalNoticeDate"/>: one object for a run.</summary>
    internal static LateInvoice Of(Accounts.AccountStatement statement, Accounts.ItemBalance item, LocalDate dueDate, LocalDate? formalNoticeDate)
    {
        _ = statement ?? throw new System.ArgumentNullException(nameof(statement));
        _ = item ?? throw new System.ArgumentNullException(nameof(item));
        List<Settlement>? settlements = null;
        foreach (var allocation in statement.AllocationList)
        {
            var lines = allocation.Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i].ItemId == item.Id)
                {
                    (settlements ??= []).Add(new Settlement(allocation.Date, lines[i].Amount));
                }
            }
        }

        return new LateInvoice(item.Id, item.Amount, dueDate) { Settlements = ValueList.Of(settlements), FormalNoticeDate = formalNoticeDate };
    }

    /// <summary>
    /// Gets the date of the formal notice (<i>mise en demeure</i>), from which a consumer owes interest at the legal
    /// rate (C. civ. 1344-1); null when none was sent.
    /// </summary>
    public LocalDate? FormalNoticeDate { get; init; }

    /// <summary>
    /// Gets the date an enforceable judgment for the debt was given: the legal rate rises by 5 points two months later
    /// (C. mon. fin. L313-3); null when none.
    /// </summary>
    public LocalDate? JudgmentDate { get; init; }

    /// <summary>
    /// Gets a value indicating whether the fixed compensation was already charged for this invoice: it is then never
    /// charged again, however often the calculation runs.
    /// </summary>
    public bool CompensationAlreadyCharged { get; init; }
}
