namespace Recouvrement.Scheduling;

/// <summary>The answers of one group: how many, the average score, how many were satisfied (4 or 5).</summary>
public sealed record SurveyScore
{
    /// <summary>Initializes a new instance of the <see cref="SurveyScore"/> record.</summary>
    /// <param name="key">The reason or step.</param>
    /// <param name="responses">The number of answers.</param>
    /// <param name="averageScore">The average score, to two decimals.</param>
    /// <param name="satisfied">The answers scoring 4 or 5.</param>
    public SurveyScore(string key, int responses, decimal averageScore, int satisfied)
    {
        Key = key;
        Responses = responses;
        AverageScore = averageScore;
        Satisfied = satisfied;
    }

    /// <summary>Gets the reason or step.</summary>
    public string Key { get; init; }

    /// <summary>Gets the number of answers.</summary>
    public int Responses { get; init; }

    /// <summary>Gets the average score, to two decimals.</summary>
    public decimal AverageScore { get; init; }

    /// <summary>Gets the answers scoring 4 or 5.</summary>
    public int Satisfied { get; init; }
}
