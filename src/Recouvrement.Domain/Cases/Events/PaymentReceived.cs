using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>A payment toward the case: it keeps a promise or a plan. The account's own entries stay the record of the money.</summary>
/// <param name="Date">The day it was received.</param>
/// <param name="Amount">The amount received.</param>
public sealed record PaymentReceived(LocalDate Date, Money Amount) : CaseEvent(Date)
{
    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        return (wording.Pick("payment received: ", "paiement reçu : ")) + wording.Amount(Amount);
    }
}
