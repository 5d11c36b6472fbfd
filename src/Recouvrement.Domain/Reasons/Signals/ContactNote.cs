using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Reasons;

/// <summary>
/// A contact note in the collector's own words, not yet mapped to a reason: it classifies as
/// <see cref="UnpaidReason.Unknown"/> with the text kept, so that nothing the debtor said is lost and a collector can map
/// it (with a <see cref="DeclaredReason"/>) later.
/// </summary>
/// <param name="Date">The day of the contact.</param>
/// <param name="Text">What the debtor said.</param>
public sealed record ContactNote(LocalDate Date, string Text) : ReasonSignal(Date)
{
    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => Wording.For(culture).Pick($"contact note: \"{Text}\"", $"note de contact : « {Text} »");
}
