using System.Globalization;
using NodaTime;

namespace Recouvrement.Cases;

/// <summary>The case was closed: paid, settled or written off.</summary>
public sealed record CaseClosed : CaseEvent
{
    /// <summary>Initializes a new instance of the <see cref="CaseClosed"/> record.</summary>
    /// <param name="date">The day it was closed.</param>
    /// <param name="outcome">How it ended.</param>
    public CaseClosed(LocalDate date, CaseOutcome outcome)
        : base(date)
    {
        Outcome = outcome;
    }

    /// <summary>Gets how it ended.</summary>
    public CaseOutcome Outcome { get; init; }

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => IsFrench(culture) ? "dossier clos : " + Outcome?.FrenchLabel : "case closed: " + Outcome?.Label;
}
