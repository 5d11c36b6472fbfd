using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Reasons;

/// <summary>
/// Formal insolvency proceedings were opened against the debtor (in France, published in the BODACC): individual
/// pursuit stops and the claim must be filed with the creditors' representative within two months of the publication
/// (C. com. L622-24, R622-24), unless the host gives another deadline.
/// </summary>
/// <param name="Date">The publication date.</param>
/// <param name="Proceeding">The kind of proceedings.</param>
public sealed record InsolvencyNotice(LocalDate Date, InsolvencyProceeding Proceeding) : ReasonSignal(Date)
{
    private readonly LocalDate? claimDeadline;

    /// <summary>Gets the last day to file the proof of claim: two months after the publication unless set.</summary>
    public LocalDate ClaimDeadline
    {
        get => claimDeadline ?? Date.PlusMonths(2);
        init => claimDeadline = value;
    }

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => IsFrench(culture)
            ? $"ouverture d'une procédure de {Proceeding.FrenchLabel} ; déclaration de créance avant le {Text.Date(ClaimDeadline, true)}"
            : $"{Proceeding.Label} proceedings opened; proof of claim due by {Text.Date(ClaimDeadline, false)}";
}
