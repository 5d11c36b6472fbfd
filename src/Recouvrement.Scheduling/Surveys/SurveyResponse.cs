using NodaTime;
using Recouvrement.Reasons;

namespace Recouvrement.Scheduling;

/// <summary>A debtor's answer to a satisfaction survey (seed 000 §5): a score from 1 (very unhappy) to 5 (very happy).</summary>
/// <param name="Date">The day of the answer.</param>
/// <param name="Score">The score, 1 to 5.</param>
public sealed record SurveyResponse(LocalDate Date, int Score)
{
    /// <summary>Gets the debtor's unpaid reason when surveyed.</summary>
    public UnpaidReason? Reason { get; init; }

    /// <summary>Gets the last ladder step the debtor received before the survey.</summary>
    public string? StepName { get; init; }
}
