namespace Recouvrement.Scheduling;

/// <summary>The answers of one group: how many, the average score, how many were satisfied (4 or 5).</summary>
/// <param name="Key">The reason or step.</param>
/// <param name="Responses">The number of answers.</param>
/// <param name="AverageScore">The average score, to two decimals.</param>
/// <param name="Satisfied">The answers scoring 4 or 5.</param>
public sealed record SurveyScore(string Key, int Responses, decimal AverageScore, int Satisfied);
