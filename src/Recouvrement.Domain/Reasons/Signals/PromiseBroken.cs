using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Reasons;

/// <summary>A promise to pay was not kept.</summary>
public sealed record PromiseBroken : ReasonSignal
{
    /// <summary>Initializes a new instance of the <see cref="PromiseBroken"/> record.</summary>
    /// <param name="date">The day the promised payment was due.</param>
    public PromiseBroken(LocalDate date)
        : base(date)
    {
    }

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => Wording.For(culture).Pick("promise to pay broken", "promesse de paiement non tenue");
}
