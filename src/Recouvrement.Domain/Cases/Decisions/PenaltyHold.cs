using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>
/// What the decision says of posting an item's late-payment penalties (<see cref="PenaltyPostingPolicy"/>): held while
/// <see cref="Cause"/> lasts, or, with <see cref="WaivedThrough"/>, what accrued up to that day dropped.
/// </summary>
public sealed record PenaltyHold
{
    /// <summary>Initializes a new instance of the <see cref="PenaltyHold"/> record.</summary>
    /// <param name="itemId">The item, or the invoice it belongs to.</param>
    /// <param name="cause">Why: a dispute, our own error, a plan kept, a forbearance; a dispute upheld for a waiver.</param>
    public PenaltyHold(string itemId, HoldKind cause)
    {
        ItemId = itemId;
        Cause = cause;
    }

    /// <summary>Gets the item, or the invoice it belongs to.</summary>
    public string ItemId { get; init; }

    /// <summary>Gets why: a dispute, our own error, a plan kept, a forbearance; a dispute upheld for a waiver.</summary>
    public HoldKind Cause { get; init; }

    /// <summary>
    /// Gets the last day whose interest and compensation are dropped because the debtor was right (the dispute's
    /// resolution); null for a hold, which only defers posting.
    /// </summary>
    public LocalDate? WaivedThrough { get; init; }

    /// <summary>Describes the hold in English.</summary>
    /// <returns>One line.</returns>
    public override string ToString() => Describe(CultureInfo.InvariantCulture);

    /// <summary>Describes the hold in one line, in French for a French culture, in English otherwise.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The text.</returns>
    public string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        return WaivedThrough is { } through
            ? (wording.Pick($"penalties on {ItemId} dropped through {Wording.English.Date(through)}: the debtor was right", $"pénalités abandonnées sur {ItemId} jusqu'au {Wording.French.Date(through)} : le débiteur avait raison"))
            : wording.Pick($"penalties on {ItemId} held: {Cause.Label}", $"pénalités suspendues sur {ItemId} : {Cause.FrenchLabel}");
    }
}
