using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>
/// The claim to declare in insolvency proceedings (<i>déclaration de créance</i>, C. com. L622-24, R622-23): item by item,
/// the principal still open, the late-payment interest accrued up to the opening judgment — it stops there,
/// L622-28 — and the fixed compensation for recovery costs.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ProofOfClaim
{
    private readonly ClaimLine[] lines;

    internal ProofOfClaim(LocalDate interestUntil, string? rule, ClaimLine[] lines, Money principal, Money interest, Money compensation)
    {
        InterestUntil = interestUntil;
        Rule = rule;
        this.lines = lines;
        Principal = principal;
        Interest = interest;
        Compensation = compensation;
    }

    /// <summary>Gets the last day interest is claimed for: the opening judgment.</summary>
    public LocalDate InterestUntil { get; }

    /// <summary>Gets the late-payment rule's name and source; null when none was given, and no interest nor compensation is claimed.</summary>
    public string? Rule { get; }

    /// <summary>Gets the lines, in the account's order.</summary>
    public IReadOnlyList<ClaimLine> Lines => System.Array.AsReadOnly(lines);

    /// <summary>Gets the principal claimed.</summary>
    public Money Principal { get; }

    /// <summary>Gets the interest claimed.</summary>
    public Money Interest { get; }

    /// <summary>Gets the compensation claimed.</summary>
    public Money Compensation { get; }

    /// <summary>Gets the amount declared.</summary>
    public Money Total => Principal + Interest + Compensation;

    /// <summary>Renders the claim in English.</summary>
    /// <returns>One line per item, then the total.</returns>
    public override string ToString() => Describe(CultureInfo.InvariantCulture);

    /// <summary>Renders the claim, one line per item then the total, in French for a French culture, in English otherwise.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The text, the same on every machine.</returns>
    public string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        var text = new StringBuilder()
            .Append(wording.Pick("Proof of claim (C. com. L622-24, R622-23), interest up to the opening judgment of ", "Déclaration de créance (C. com. L622-24, R622-23), intérêts arrêtés au jugement d'ouverture du "))
            .Append(wording.Date(InterestUntil)).Append(" (L622-28)")
            .AppendLine(Rule is null ? wording.Pick(", no late-payment rule given", ", sans règle de pénalités") : wording.Pick(", under ", ", selon ") + Rule);
        foreach (var line in lines)
        {
            text.Append("  ").Append(line.ItemId).Append(wording.Pick(": principal ", " : principal ")).Append(wording.Amount(line.Principal))
                .Append(wording.Pick(", interest ", ", intérêts ")).Append(wording.Amount(line.Interest))
                .Append(wording.Pick(", fixed compensation ", ", indemnité forfaitaire ")).Append(wording.Amount(line.Compensation))
                .Append(" = ").AppendLine(wording.Amount(line.Total));
        }

        return text.Append(wording.Pick("Total declared: ", "Total déclaré : ")).Append(wording.Amount(Total)).ToString();
    }
}
