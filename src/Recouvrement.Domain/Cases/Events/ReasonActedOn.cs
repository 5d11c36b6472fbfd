using System.Globalization;
using NodaTime;
using Recouvrement.Reasons;

namespace Recouvrement.Cases;

/// <summary>
/// What the unpaid reason's treatment called for was done (<see cref="CaseActionKind.ActOnReason"/>): a payment link
/// sent, a plan offered, our error corrected. With a channel that reaches the debtor it counts as one of our contacts.
/// </summary>
/// <param name="Date">The day it was done.</param>
/// <param name="Action">What was done.</param>
public sealed record ReasonActedOn(LocalDate Date, FirstAction Action) : CaseEvent(Date)
{
    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
    {
        var french = IsFrench(culture);
        return (french ? "motif d'impayé traité : " : "unpaid reason acted on: ") + Action?.LabelIn(french) + By(french);
    }
}
