using System.Collections.Generic;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>A payment received (<i>règlement</i>), possibly partial, possibly designating what the debtor means to settle.</summary>
public sealed record Payment : AccountEntry
{
    private readonly IReadOnlyList<string> designatedIds = ValueList<string>.Empty;

    /// <summary>Initializes a new instance of the <see cref="Payment"/> record.</summary>
    /// <param name="id">The payment's identifier.</param>
    /// <param name="date">The date the payment was received.</param>
    /// <param name="paid">The amount received.</param>
    public Payment(string id, LocalDate date, Money paid)
        : base(id, date)
    {
        Paid = paid;
    }

    /// <summary>Gets the amount received.</summary>
    public Money Paid { get; init; }

    /// <summary>Gets how the payment was made.</summary>
    public PaymentMethod Method { get; init; } = PaymentMethod.BankTransfer;

    /// <summary>
    /// Gets the invoices or charges the debtor designated, in order (C. civ. 1342-10: the debtor's choice comes
    /// first); empty when none. Copied, never kept: compared by content.
    /// </summary>
    public IReadOnlyList<string> DesignatedIds
    {
        get => designatedIds;
        init => designatedIds = ValueList.Of(value);
    }

    /// <inheritdoc />
    public override Money Amount => Paid;

    internal override int SameDayRank => 3;
}
