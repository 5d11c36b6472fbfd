using NodaTime;
using Recouvrement.Cases;
using Recouvrement.Reasons;

namespace Recouvrement.Fuzz.Tests.Findings;

/// <summary>What the case and reason fuzz properties found, each input as the fuzzer gave it.</summary>
public sealed class CaseFindings
{
    public static TheoryData<CaseEvent> EventsMissingWhatTheyNeed { get; } = new()
    {
        new CaseClosed(new LocalDate(2031, 7, 3), null!),
        new InsolvencyOpened(new LocalDate(2031, 7, 3), null!),
        new PlanAgreed(new LocalDate(2031, 7, 3), null!),
    };

    [Theory]
    [MemberData(nameof(EventsMissingWhatTheyNeed))]
    public void An_event_missing_what_it_needs_is_refused_by_name(CaseEvent e)
    {
        // The refusal described the event to name it, and the description read the missing member.
        var opened = CollectionCase.Create("P-1", "D-1", Currency.EUR, new LocalDate(2019, 5, 3), [e]);

        Assert.Equal(["events[0]"], opened.ValidationErrors.Select(error => error.Identifier));
    }

    [Fact]
    public void An_insolvency_notice_published_at_the_end_of_the_calendar_is_classified()
    {
        // Its claim deadline, two months after the publication, was past LocalDate.MaxIsoValue: the getter threw.
        var notice = new InsolvencyNotice(new LocalDate(9999, 12, 31), InsolvencyProceeding.Safeguard);

        var classification = ReasonClassifier.Default.Classify([notice], new ReasonContext(new LocalDate(9999, 12, 31)));

        Assert.True(classification.IsSuccess);
        Assert.Equal(LocalDate.MaxIsoValue, notice.ClaimDeadline);
        Assert.Equal(LocalDate.MaxIsoValue, notice.ReliefDeadline);
    }
}
