using NodaTime;
using Recouvrement.Reasons;

namespace Recouvrement.Scheduling;

/// <summary>A debtor's answer to a satisfaction survey (seed 000 §5): a score from 1 (very unhappy) to 5 (very happy).</summary>
public sealed record SurveyResponse
{
    /// <summary>Initializes a new instance of the <see cref="SurveyResponse"/> record.</summary>
    /// <param name="date">The day of the answer.</param>
    /// <param name="score">The score, 1 to 5.</param>
    public SurveyResponse(LocalDate date, int score)
    {
        Date = date;
        Score = score;
    }

    /// <summary>Gets the day of the answer.</summary>
    public LocalDate Date { get; init; }

    /// <summary>Gets the score, 1 to 5.</summary>
    public int Score { get; init; }

    /// <summary>Gets the debtor's unpaid reason when surveyed.</summary>
    public UnpaidReason? Reason { get; init; }

    /// <summary>Gets the last ladder step the debtor received before the survey.</summary>
    public string? StepName { get; init; }
}
