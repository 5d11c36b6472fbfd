using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Reasons;

/// <summary>A card payment was declined, with the processor's decline category (<see cref="CardDecline"/> name).</summary>
public sealed record CardDeclined : ReasonSignal
{
    private readonly ReportedCode<CardDecline> category;

    /// <summary>Initializes a new instance of the <see cref="CardDeclined"/> record.</summary>
    /// <param name="date">The day of the attempt.</param>
    /// <param name="category">The decline category, a <see cref="CardDecline"/> name; an unknown one is kept as is.</param>
    public CardDeclined(LocalDate date, string category)
        : base(date) => Category = category;

    /// <summary>Gets the decline category, a <see cref="CardDecline"/> name; an unknown one is kept as is.</summary>
    public string Category
    {
        get => category.Raw;
        init => category = ReportedCode<CardDecline>.Of(value);
    }

    /// <summary>Gets the category's meaning, or null when the category is unknown.</summary>
    internal CardDecline? Known => category.Known;

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => Known is { } known
            ? Wording.For(culture).Pick($"card declined ({known.Description})", $"paiement par carte refusé ({known.Reason.FrenchLabel})")
            : Wording.For(culture).Pick($"card declined, unknown category \"{Category}\"", $"paiement par carte refusé, motif inconnu « {Category} »");
}
