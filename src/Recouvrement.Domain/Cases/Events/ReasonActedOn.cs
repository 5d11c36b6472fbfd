using System.Globalization;
using NodaTime;
using Recouvrement.Internal;
using Recouvrement.Reasons;

namespace Recouvrement.Cases;

/// <summary>
/// What the unpaid reason's treatment called for was done (<see cref="CaseActionKind.ActOnReason"/>): a payment link
/// sent, a plan offered, our error corrected. With a channel that reaches the debtor it counts as one of our contacts.
/// </summary>
public sealed record ReasonActedOn : CaseEvent
{
    /// <summary>Initializes a new instance of the <see cref="ReasonActedOn"/> record.</summary>
    /// <param name="date">The day it was done.</param>
    /// <param name="action">What was done.</param>
    public ReasonActedOn(LocalDate date, FirstAction action)
        : base(date)
    {
        Action = action;
    }

    /// <summary>Gets what was done.</summary>
    public FirstAction Action { get; init; }

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        return (wording.Pick("unpaid reason acted on: ", "motif d'impayé traité : ")) + Action?.LabelIn(wording) + By(wording);
    }
}
