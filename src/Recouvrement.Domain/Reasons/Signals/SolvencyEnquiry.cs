using System.Globalization;
using NodaTime;

namespace Recouvrement.Reasons;

/// <summary>A solvency enquiry came back; only the latest one counts.</summary>
public sealed record SolvencyEnquiry : ReasonSignal
{
    /// <summary>Initializes a new instance of the <see cref="SolvencyEnquiry"/> record.</summary>
    /// <param name="date">The day of the outcome.</param>
    /// <param name="outcome">What it found.</param>
    public SolvencyEnquiry(LocalDate date, SolvencyOutcome outcome)
        : base(date)
    {
        Outcome = outcome;
    }

    /// <summary>Gets what it found.</summary>
    public SolvencyOutcome Outcome { get; init; }

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => IsFrench(culture)
            ? $"enquête de solvabilité : {Outcome switch { SolvencyOutcome.Good => "bonne", SolvencyOutcome.Doubtful => "douteuse", _ => "mauvaise" }}"
            : $"solvency enquiry: {Outcome switch { SolvencyOutcome.Good => "good", SolvencyOutcome.Doubtful => "doubtful", _ => "poor" }}";
}
