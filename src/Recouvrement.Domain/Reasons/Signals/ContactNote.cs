using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Reasons;

/// <summary>
/// A contact note in the collector's own words, not yet mapped to a reason: it classifies as
/// <see cref="UnpaidReason.Unknown"/> with the text kept, so that nothing the debtor said is lost and a collector can map
/// it (with a <see cref="DeclaredReason"/>) later.
/// </summary>
public sealed record ContactNote : ReasonSignal
{
    /// <summary>Initializes a new instance of the <see cref="ContactNote"/> record.</summary>
    /// <param name="date">The day of the contact.</param>
    /// <param name="text">What the debtor said.</param>
    public ContactNote(LocalDate date, string text)
        : base(date)
    {
        Text = text;
    }

    /// <summary>Gets what the debtor said.</summary>
    public string Text { get; init; }

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => Wording.For(culture).Pick($"contact note: \"{Text}\"", $"note de contact : « {Text} »");
}
