using System.Globalization;
using System.Text;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>The collection costs a scale gives for a principal, with the bracket and the arithmetic a letter quotes.</summary>
/// <param name="Scale">The scale.</param>
/// <param name="Principal">The principal the costs are computed on.</param>
/// <param name="On">The day the costs are computed for.</param>
/// <param name="Bracket">The bracket the principal falls in.</param>
/// <param name="Computed">The bracket's figure, rounded to the minor unit, before the floor and the ceiling.</param>
/// <param name="Amount">The costs: the computed figure within the scale's floor and ceiling.</param>
public sealed record CollectionCost(CollectionCostScale Scale, Money Principal, LocalDate On, CostBracket Bracket, Money Computed, Money Amount)
{
    /// <summary>Explains the costs in English: the scale, the bracket's arithmetic, the floor or ceiling applied, the source.</summary>
    /// <returns>A few lines.</returns>
    public override string ToString() => Describe(CultureInfo.InvariantCulture);

    /// <summary>Explains the costs, in French for a French culture, in English otherwise.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>A few lines.</returns>
    public string Describe(CultureInfo? culture)
    {
        var french = culture?.TwoLetterISOLanguageName == "fr";
        var percent = Bracket.Percent.ToString("0.##", french ? CultureInfo.GetCultureInfo("fr-FR") : CultureInfo.InvariantCulture) + "\u00a0%";
        var text = new StringBuilder();
        text.Append(french ? "Frais de recouvrement sur " : "Collection costs on ").Append(Text.Amount(Principal, french))
            .Append(french ? " au " : " as of ").AppendLine(Text.Date(On, french));
        text.Append(french ? "Barème : " : "Scale: ").Append(Scale.Name).Append(" (").Append(Scale.Source).AppendLine(")");
        text.Append("  ");
        if (!Bracket.Above.IsPositive)
        {
            text.Append(percent).Append(french ? " de " : " of ").Append(Text.Amount(Principal, french));
        }
        else
        {
            // "375.00 EUR up to 2,500.00 EUR + 10 % of the 1,500.00 EUR above"
            if (Bracket.Fixed.IsPositive)
            {
                text.Append(Text.Amount(Bracket.Fixed, french)).Append(french ? " jusqu'à " : " up to ").Append(Text.Amount(Bracket.Above, french)).Append(" + ");
            }

            text.Append(percent).Append(french ? " des " : " of the ").Append(Text.Amount(Principal - Bracket.Above, french))
                .Append(french ? " au-delà" : " above");
            if (!Bracket.Fixed.IsPositive)
            {
                text.Append(' ').Append(Text.Amount(Bracket.Above, french));
            }
        }

        text.Append(" = ").AppendLine(Text.Amount(Computed, french));
        if (Amount != Computed)
        {
            text.Append("  ").Append(Amount > Computed ? (french ? "Minimum : " : "Floor: ") : (french ? "Plafond : " : "Ceiling: "))
                .AppendLine(Text.Amount(Amount, french));
        }

        return text.Append(french ? "Frais : " : "Costs: ").Append(Text.Amount(Amount, french)).ToString();
    }
}
