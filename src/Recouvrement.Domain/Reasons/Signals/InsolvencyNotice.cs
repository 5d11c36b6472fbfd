using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Reasons;

/// <summary>
/// Formal insolvency proceedings were opened against the debtor (in France, published in the BODACC): individual
/// pursuit stops and the claim must be filed with the creditors' representative within two months of the publication
/// (C. com. L622-24, R622-24), unless the host gives another deadline.
/// </summary>
public sealed record InsolvencyNotice : ReasonSignal
{
    private readonly LocalDate? claimDeadline;
    private readonly LocalDate? judgmentDate;

    /// <summary>Initializes a new instance of the <see cref="InsolvencyNotice"/> record.</summary>
    /// <param name="date">The publication date.</param>
    /// <param name="proceeding">The kind of proceedings.</param>
    public InsolvencyNotice(LocalDate date, InsolvencyProceeding proceeding)
        : base(date)
    {
        Proceeding = proceeding;
    }

    /// <summary>Gets the kind of proceedings.</summary>
    public InsolvencyProceeding Proceeding { get; init; }

    /// <summary>Gets the last day to file the proof of claim: two months after the publication unless set.</summary>
    public LocalDate ClaimDeadline
    {
        get => claimDeadline ?? Iso.PlusMonthsOrLast(Date, 2);
        init => claimDeadline = value;
    }

    /// <summary>
    /// Gets the day the court opened the proceedings: late-payment interest stops there (C. com. L622-28). The publication
    /// date unless set.
    /// </summary>
    public LocalDate JudgmentDate
    {
        get => judgmentDate ?? Date;
        init => judgmentDate = value;
    }

    /// <summary>
    /// Gets the last day to apply for relief from foreclosure (<i>relevé de forclusion</i>) once the claim deadline has
    /// passed: six months after the publication (C. com. L622-26).
    /// </summary>
    public LocalDate ReliefDeadline => Iso.PlusMonthsOrLast(Date, 6);

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => Wording.For(culture).Pick($"{Proceeding?.Label} proceedings opened; proof of claim due by {Wording.English.Date(ClaimDeadline)}", $"ouverture d'une procédure de {Proceeding?.FrenchLabel} ; déclaration de créance avant le {Wording.French.Date(ClaimDeadline)}");
}
