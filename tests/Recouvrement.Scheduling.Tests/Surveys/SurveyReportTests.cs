using NodaTime;
using Recouvrement.Reasons;

namespace Recouvrement.Scheduling.Tests;

public class SurveyReportTests
{
    private static readonly LocalDate Day = new(2026, 5, 4);

    [Fact]
    public void Answers_are_aggregated_per_reason_and_per_step()
    {
        var report = SurveyReport.Aggregate(
        [
            new SurveyResponse(Day, 5) { Reason = UnpaidReason.Forgot, StepName = "First reminder" },
            new SurveyResponse(Day, 4) { Reason = UnpaidReason.Forgot, StepName = "First reminder" },
            new SurveyResponse(Day, 2) { Reason = UnpaidReason.JobLoss, StepName = "Formal notice" },
            new SurveyResponse(Day, 3),
        ]).Value;

        Assert.Equal(new SurveyScore("all", 4, 3.5m, 2), report.Overall);
        Assert.Equal(
            [new SurveyScore("forgot to pay", 2, 4.5m, 2), new SurveyScore("job loss", 1, 2m, 0), new SurveyScore("not classified", 1, 3m, 0)],
            report.ByReason);
        Assert.Equal(["First reminder", "Formal notice", "none"], report.ByStep.Select(s => s.Key));
        Assert.Contains("First reminder", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Answers_outside_the_scale_are_named_together()
    {
        var result = SurveyReport.Aggregate([new SurveyResponse(Day, 0), null, new SurveyResponse(Day, 6)]);
        Assert.Equal(["responses[0].Score", "responses[1].Score", "responses[2].Score"], result.ValidationErrors.Select(e => e.Identifier));
    }

    [Fact]
    public void No_answers_give_an_empty_report()
        => Assert.Equal(new SurveyScore("all", 0, 0m, 0), SurveyReport.Aggregate([]).Value.Overall);
}
