using System.Collections.Generic;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>A payment received (<i>règlement</i>), possibly partial, possibly designating what the debtor means to settle.</summary>
/// <param name="Id">The payment's identifier.</param>
/// <param name="Date">The date the payment was received.</param>
/// <param name="Paid">The amount received.</param>
public sealed record Payment(string Id, LocalDate Date, Money Paid) : AccountEntry(Id, Date)
{
    private readonly IReadOnlyList<string> designatedIds = ValueList<string>.Empty;

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
