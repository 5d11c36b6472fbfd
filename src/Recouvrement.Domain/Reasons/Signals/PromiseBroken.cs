using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Reasons;

/// <summary>A promise to pay was not kept.</summary>
/// <param name="Date">The day the promised payment was due.</param>
public sealed record PromiseBroken(LocalDate Date) : ReasonSignal(Date)
{
    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => Wording.For(culture).Pick("promise to pay broken", "promesse de paiement non tenue");
}
