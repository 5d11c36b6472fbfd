using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Ardalis.Result;
using Recouvrement.Internal;

namespace Recouvrement.Scheduling;

/// <summary>Satisfaction survey answers aggregated per unpaid reason and per step: which treatments keep the relationship.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class SurveyReport
{
    private SurveyReport(SurveyScore overall, SurveyScore[] byReason, SurveyScore[] byStep) => (Overall, ByReason, ByStep) = (overall, byReason, byStep);

    /// <summary>Gets the figures over every answer.</summary>
    public SurveyScore Overall { get; }

    /// <summary>Gets the figures per unpaid reason ("not classified" without one), by name.</summary>
    public IReadOnlyList<SurveyScore> ByReason { get; }

    /// <summary>Gets the figures per last step ("none" without one), by name.</summary>
    public IReadOnlyList<SurveyScore> ByStep { get; }

    /// <summary>Aggregates survey answers.</summary>
    /// <param name="responses">The answers; not kept.</param>
    /// <returns>The report, or an invalid result naming every answer that is missing or scored outside 1 to 5.</returns>
    public static Result<SurveyReport> Aggregate(IEnumerable<SurveyResponse?>? responses)
    {
        var list = responses?.ToArray() ?? [];
        var problems = new ValidationErrors();
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is not { Score: >= 1 and <= 5 })
            {
                problems.Add($"responses[{i}].Score", list[i]?.Score, "must be an answer scored 1 to 5", list[i] is null ? ErrorCodes.Required : ErrorCodes.OutOfRange);
            }
        }

        var valid = list.Select(r => r!);
        return problems.ToResult(() => new SurveyReport(
            Score("all", [.. valid]),
            Group(valid, r => r.Reason?.Label ?? "not classified"),
            Group(valid, r => r.StepName ?? "none")));
    }

    /// <summary>Renders the report as text, invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        Line(text, "Satisfaction", Overall);
        text.AppendLine("By reason");
        foreach (var score in ByReason)
        {
            Line(text, "  " + score.Key, score);
        }

        text.AppendLine("By step");
        foreach (var score in ByStep)
        {
            Line(text, "  " + score.Key, score);
        }

        return text.ToString().TrimEnd();
    }

    private static void Line(StringBuilder text, string label, SurveyScore score)
        => text.Append(label.PadRight(40)).Append(score.Responses.ToString(CultureInfo.InvariantCulture).PadLeft(6)).Append(" answers, average ")
            .Append(score.AverageScore.ToString("0.00", CultureInfo.InvariantCulture)).Append(", satisfied ").Append(score.Satisfied.ToString(CultureInfo.InvariantCulture)).AppendLine();

    private static SurveyScore[] Group(IEnumerable<SurveyResponse> responses, Func<SurveyResponse, string> key)
        => [.. responses.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Score(g.Key, [.. g]))];

    private static SurveyScore Score(string key, SurveyResponse[] responses)
        => new(
            key,
            responses.Length,
            responses.Length == 0 ? 0m : Math.Round((decimal)responses.Sum(r => r.Score) / responses.Length, 2, MidpointRounding.AwayFromZero),
            responses.Count(r => r.Score >= 4));
}
