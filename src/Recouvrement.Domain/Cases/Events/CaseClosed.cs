using System.Globalization;
using NodaTime;

namespace Recouvrement.Cases;

/// <summary>The case was closed: paid, settled or written off.</summary>
/// <param name="Date">The day it was closed.</param>
/// <param name="Outcome">How it ended.</param>
public sealed record CaseClosed(LocalDate Date, CaseOutcome Outcome) : CaseEvent(Date)
{
    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => IsFrench(culture) ? "dossier clos : " + Outcome?.FrenchLabel : "case closed: " + Outcome?.Label;
}
