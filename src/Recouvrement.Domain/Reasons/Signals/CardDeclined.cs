using System.Globalization;
using NodaTime;

namespace Recouvrement.Reasons;

/// <summary>A card payment was declined, with the processor's decline category (<see cref="CardDecline"/> name).</summary>
/// <param name="Date">The day of the attempt.</param>
/// <param name="Category">The decline category, a <see cref="CardDecline"/> name; an unknown one is kept as is.</param>
public sealed record CardDeclined(LocalDate Date, string Category) : ReasonSignal(Date)
{
    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => CardDecline.TryParse(Category, out var known)
            ? IsFrench(culture) ? $"paiement par carte refusé ({known!.Reason.FrenchLabel})" : $"card declined ({known!.Description})"
            : IsFrench(culture) ? $"paiement par carte refusé, motif inconnu « {Category} »" : $"card declined, unknown category \"{Category}\"";
}
