using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>A payment toward the case: it keeps a promise or a plan. The account's own entries stay the record of the money.</summary>
public sealed record PaymentReceived : CaseEvent
{
    /// <summary>Initializes a new instance of the <see cref="PaymentReceived"/> record.</summary>
    /// <param name="date">The day it was received.</param>
    /// <param name="amount">The amount received.</param>
    public PaymentReceived(LocalDate date, Money amount)
        : base(date)
    {
        Amount = amount;
    }

    /// <summary>Gets the amount received.</summary>
    public Money Amount { get; init; }

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        return (wording.Pick("payment received: ", "paiement reçu : ")) + wording.Amount(Amount);
    }
}
