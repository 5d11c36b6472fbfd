using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Escalation;
using Recouvrement.Jurisdictions;
using static Recouvrement.Domain.Tests.AccountFixtures;
using static Recouvrement.Domain.Tests.CaseFixtures;

namespace Recouvrement.Domain.Tests;

/// <summary>The warning before a claim is time-barred (<see cref="CaseRules.Limitation"/>).</summary>
public class LimitationTests
{
    private static readonly LimitationPeriod TwoYears = new(Period.FromYears(2), "C. consommation art. L218-2");

    /// <summary>INV-1 (1,000) due 2024-06-10 and INV-2 (300) due 2025-01-10: the first is barred after 2026-06-10.</summary>
    private static readonly Account OldAccount = AccountOf(
        Invoice("INV-1", new LocalDate(2024, 5, 25), new LocalDate(2024, 6, 10), 1_000m),
        Invoice("INV-2", new LocalDate(2024, 12, 26), new LocalDate(2025, 1, 10), 300m));

    private static CollectionCase OldCase(params CaseEvent[] events)
        => Valid(CollectionCase.Create("C-1", "D-001", Currency.EUR, new LocalDate(2024, 6, 10), events));

    private static CaseAction? Warning(CollectionCase collectionCase, LocalDate asOf, LimitationPeriod? period = null)
    {
        var decision = CaseDecider.Default.Decide(new CaseDecisionRequest(collectionCase, OldAccount.AsOf(asOf), EscalationLadders.BusinessStandard) { Limitation = period ?? TwoYears }).Value;
        return decision.Actions.SingleOrDefault(a => a.Rule == "limitation");
    }

    [Fact]
    public void The_case_goes_to_a_person_ninety_days_before_the_last_day_urgent_in_the_last_thirty()
    {
        Assert.Null(Warning(OldCase(), new LocalDate(2026, 3, 11)));

        var warning = Warning(OldCase(), new LocalDate(2026, 3, 12))!;
        Assert.Equal(
            (CaseActionKind.ReviewCase, ReviewCause.LimitationNear, new LocalDate(2026, 3, 12), (LocalDate?)new LocalDate(2026, 6, 10), false),
            (warning.Kind, warning.Review, warning.DueOn, warning.Deadline, warning.Urgent));
        Assert.Equal(Eur(1_000m), warning.Amount);
        Assert.Equal(["INV-1"], warning.ItemIds);
        Assert.Same(TwoYears, warning.Limitation);
        Assert.Contains("obtain an acknowledgement of the debt or file a claim in court", warning.ToString(), StringComparison.Ordinal);
        Assert.Contains("(limitation: C. consommation art. L218-2)", warning.ToString(), StringComparison.Ordinal);
        Assert.True(Warning(OldCase(), new LocalDate(2026, 5, 11))!.Urgent);
    }

    [Fact]
    public void An_acknowledgement_starts_the_period_again_and_a_claim_in_court_stops_it()
    {
        var asOf = new LocalDate(2026, 5, 1);
        Assert.NotNull(Warning(OldCase(), asOf));
        Assert.Null(Warning(OldCase(new PromiseMade(new LocalDate(2025, 2, 1), new LocalDate(2025, 3, 1), Eur(500m))), asOf));
        Assert.Null(Warning(OldCase(new PaymentReceived(new LocalDate(2025, 2, 1), Eur(10m))), asOf));
        Assert.Null(Warning(OldCase(Step(new LocalDate(2024, 7, 1), "Formal notice", StepKind.FormalNotice), Step(new LocalDate(2024, 9, 1), "Injonction de payer", StepKind.Court, StepChannel.CourtFiling)), asOf));
        Assert.Null(Warning(OldCase(), asOf, new LimitationPeriod(Period.FromYears(5), "C. com. art. L110-4")));
    }

    [Fact]
    public void A_dispute_does_not_hold_the_warning()
    {
        var disputed = OldCase(new DisputeRaised(new LocalDate(2024, 7, 1), "INV-1", "never delivered"));
        Assert.Equal(ReviewCause.LimitationNear, Warning(disputed, new LocalDate(2026, 5, 1))?.Review);
    }

    [Fact]
    public void A_review_recorded_quiets_it_for_the_review_interval_but_the_last_day_always_warns()
    {
        var reviewed = OldCase(new CaseReviewed(new LocalDate(2026, 5, 20)));
        Assert.Null(Warning(reviewed, new LocalDate(2026, 6, 1)));
        var lastDay = Warning(reviewed, new LocalDate(2026, 6, 10))!;
        Assert.Equal((new LocalDate(2026, 6, 10), true), (lastDay.DueOn, lastDay.Urgent));
    }

    [Fact]
    public void Past_the_last_day_the_claim_is_time_barred_and_not_to_be_sued_on()
    {
        var barred = Warning(OldCase(), new LocalDate(2026, 6, 11))!;
        Assert.Equal((ReviewCause.TimeBarred, new LocalDate(2026, 6, 11), (LocalDate?)null), (barred.Review, barred.DueOn, barred.Deadline));
        Assert.Contains("do not sue", barred.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_from_the_year_end_counts_from_the_thirty_first_of_december()
    {
        var german = new LimitationPeriod(Period.FromYears(3), "BGB §§ 195, 199") { FromYearEnd = true };
        Assert.Null(Warning(OldCase(), new LocalDate(2027, 10, 1), german));
        Assert.Equal(new LocalDate(2027, 12, 31), Warning(OldCase(), new LocalDate(2027, 10, 3), german)!.Deadline);
    }

    [Fact]
    public void Without_a_period_nothing_is_said()
        => Assert.DoesNotContain(
            CaseDecider.Default.Decide(OldCase(), OldAccount.AsOf(new LocalDate(2026, 6, 1)), EscalationLadders.BusinessStandard).Value.Actions,
            a => a.Rule == "limitation");
}
