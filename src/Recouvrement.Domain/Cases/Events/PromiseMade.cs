using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>
/// The debtor promised to pay an amount by a date (<i>promesse de paiement</i>): dunning waits until the date plus the
/// grace days; if the payments received by then fall short, the promise is broken and the case escalates (seed 003).
/// </summary>
/// <param name="Date">The day of the promise.</param>
/// <param name="PromisedDate">The day the debtor will pay by.</param>
/// <param name="Amount">The amount promised.</param>
public sealed record PromiseMade(LocalDate Date, LocalDate PromisedDate, Money Amount) : CaseEvent(Date)
{
    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        return wording.IsFrench
            ? $"promesse de payer {Wording.French.Amount(Amount)} au plus tard le {Wording.French.Date(PromisedDate)}"
            : $"promise to pay {Wording.English.Amount(Amount)} by {Wording.English.Date(PromisedDate)}";
    }
}
