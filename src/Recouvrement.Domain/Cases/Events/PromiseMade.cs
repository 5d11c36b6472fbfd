using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>
/// The debtor promised to pay an amount by a date (<i>promesse de paiement</i>): dunning waits until the date plus the
/// grace days; if the payments received by then fall short, the promise is broken and the case escalates (seed 003).
/// </summary>
public sealed record PromiseMade : CaseEvent
{
    /// <summary>Initializes a new instance of the <see cref="PromiseMade"/> record.</summary>
    /// <param name="date">The day of the promise.</param>
    /// <param name="promisedDate">The day the debtor will pay by.</param>
    /// <param name="amount">The amount promised.</param>
    public PromiseMade(LocalDate date, LocalDate promisedDate, Money amount)
        : base(date)
    {
        PromisedDate = promisedDate;
        Amount = amount;
    }

    /// <summary>Gets the day the debtor will pay by.</summary>
    public LocalDate PromisedDate { get; init; }

    /// <summary>Gets the amount promised.</summary>
    public Money Amount { get; init; }

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        return wording.IsFrench
            ? $"promesse de payer {Wording.French.Amount(Amount)} au plus tard le {Wording.French.Date(PromisedDate)}"
            : $"promise to pay {Wording.English.Amount(Amount)} by {Wording.English.Date(PromisedDate)}";
    }
}
