using System.Globalization;
using NodaTime;
using Recouvrement.Internal;
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
        var wording = Wording.For(culture);
        return (wording.Pick("unpaid reason acted on: ", "motif d'impayé traité : ")) + Action?.LabelIn(wording) + By(wording);
    }
}
