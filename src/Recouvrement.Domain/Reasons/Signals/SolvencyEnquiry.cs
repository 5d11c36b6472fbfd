using System.Globalization;
using NodaTime;

namespace Recouvrement.Reasons;

/// <summary>A solvency enquiry came back; only the latest one counts.</summary>
/// <param name="Date">The day of the outcome.</param>
/// <param name="Outcome">What it found.</param>
public sealed record SolvencyEnquiry(LocalDate Date, SolvencyOutcome Outcome) : ReasonSignal(Date)
{
    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => IsFrench(culture)
            ? $"enquête de solvabilité : {Outcome switch { SolvencyOutcome.Good => "bonne", SolvencyOutcome.Doubtful => "douteuse", _ => "mauvaise" }}"
            : $"solvency enquiry: {Outcome switch { SolvencyOutcome.Good => "good", SolvencyOutcome.Doubtful => "doubtful", _ => "poor" }}";
}
