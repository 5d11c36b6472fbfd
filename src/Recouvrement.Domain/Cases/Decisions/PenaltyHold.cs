using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>
/// What the decision says of posting an item's late-payment penalties (<see cref="PenaltyPostingPolicy"/>): held while
/// <see cref="Cause"/> lasts, or, with <see cref="WaivedThrough"/>, what accrued up to that day dropped.
/// </summary>
/// <param name="ItemId">The item, or the invoice it belongs to.</param>
/// <param name="Cause">Why: a dispute, our own error, a plan kept, a forbearance; a dispute upheld for a waiver.</param>
public sealed record PenaltyHold(string ItemId, HoldKind Cause)
{
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
        var french = culture?.TwoLetterISOLanguageName == "fr";
        return WaivedThrough is { } through
            ? (french ? $"pénalités abandonnées sur {ItemId} jusqu'au {Text.Date(through, true)} : le débiteur avait raison" : $"penalties on {ItemId} dropped through {Text.Date(through, false)}: the debtor was right")
            : (french ? $"pénalités suspendues sur {ItemId} : {Cause.FrenchLabel}" : $"penalties on {ItemId} held: {Cause.Label}");
    }
}
