using System.Globalization;
using System.Text;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>The collection costs a scale gives for a principal, with the bracket and the arithmetic a letter quotes.</summary>
public sealed record CollectionCost
{
    /// <summary>Initializes a new instance of the <see cref="CollectionCost"/> record.</summary>
    /// <param name="scale">The scale.</param>
    /// <param name="principal">The principal the costs are computed on.</param>
    /// <param name="on">The day the costs are computed for.</param>
    /// <param name="bracket">The bracket the principal falls in.</param>
    /// <param name="computed">The bracket's figure, rounded to the minor unit, before the floor and the ceiling.</param>
    /// <param name="amount">The costs: the computed figure within the scale's floor and ceiling.</param>
    public CollectionCost(CollectionCostScale scale, Money principal, LocalDate on, CostBracket bracket, Money computed, Money amount)
    {
        Scale = scale;
        Principal = principal;
        On = on;
        Bracket = bracket;
        Computed = computed;
        Amount = amount;
    }

    /// <summary>Gets the scale.</summary>
    public CollectionCostScale Scale { get; init; }

    /// <summary>Gets the principal the costs are computed on.</summary>
    public Money Principal { get; init; }

    /// <summary>Gets the day the costs are computed for.</summary>
    public LocalDate On { get; init; }

    /// <summary>Gets the bracket the principal falls in.</summary>
    public CostBracket Bracket { get; init; }

    /// <summary>Gets the bracket's figure, rounded to the minor unit, before the floor and the ceiling.</summary>
    public Money Computed { get; init; }

    /// <summary>Gets the costs: the computed figure within the scale's floor and ceiling.</summary>
    public Money Amount { get; init; }

    /// <summary>Explains the costs in English: the scale, the bracket's arithmetic, the floor or ceiling applied, the source.</summary>
    /// <returns>A few lines.</returns>
    public override string ToString() => Describe(CultureInfo.InvariantCulture);

    /// <summary>Explains the costs, in French for a French culture, in English otherwise.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>A few lines.</returns>
    public string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        var percent = Bracket.Percent.ToString("0.##", wording.IsFrench ? CultureInfo.GetCultureInfo("fr-FR") : CultureInfo.InvariantCulture) + "\u00a0%";
        var text = new StringBuilder();
        text.Append(wording.Pick("Collection costs on ", "Frais de recouvrement sur ")).Append(wording.Amount(Principal))
            .Append(wording.Pick(" as of ", " au ")).AppendLine(wording.Date(On));
        text.Append(wording.Pick("Scale: ", "Barème : ")).Append(Scale.Name).Append(" (").Append(Scale.Source).AppendLine(")");
        text.Append("  ");
        if (!Bracket.Above.IsPositive)
        {
            text.Append(percent).Append(wording.Pick(" of ", " de ")).Append(wording.Amount(Principal));
        }
        else
        {
            // "375.00 EUR up to 2,500.00 EUR + 10 % of the 1,500.00 EUR above"
            if (Bracket.Fixed.IsPositive)
            {
                text.Append(wording.Amount(Bracket.Fixed)).Append(wording.Pick(" up to ", " jusqu'à ")).Append(wording.Amount(Bracket.Above)).Append(" + ");
            }

            text.Append(percent).Append(wording.Pick(" of the ", " des ")).Append(wording.Amount(Principal - Bracket.Above))
                .Append(wording.Pick(" above", " au-delà"));
            if (!Bracket.Fixed.IsPositive)
            {
                text.Append(' ').Append(wording.Amount(Bracket.Above));
            }
        }

        text.Append(" = ").AppendLine(wording.Amount(Computed));
        if (Amount != Computed)
        {
            text.Append("  ").Append(Amount > Computed ? wording.Pick("Floor: ", "Minimum : ") : wording.Pick("Ceiling: ", "Plafond : "))
                .AppendLine(wording.Amount(Amount));
        }

        return text.Append(wording.Pick("Costs: ", "Frais : ")).Append(wording.Amount(Amount)).ToString();
    }
}
