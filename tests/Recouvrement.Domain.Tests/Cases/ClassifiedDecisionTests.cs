using NodaTime;
using Recouvrement.Cases;
using Recouvrement.Reasons;
using static Recouvrement.Domain.Tests.AccountFixtures;
using static Recouvrement.Domain.Tests.CaseFixtures;

namespace Recouvrement.Domain.Tests;

/// <summary>
/// A decision made with the classification of the account's signals: what the reason's treatment pauses is paused even
/// when the case does not record it (the dispute came in through the billing system, the hardship through a call note).
/// </summary>
public class ClassifiedDecisionTests
{
    private static CaseDecision Decide(CollectionCase collectionCase, LocalDate asOf, params ReasonSignal[] signals)
    {
        var statement = AcmeAccount.AsOf(asOf);
        var classification = Valid(ReasonClassifier.Default.Classify(signals, ReasonContext.Of(statement)));
        return Valid(CaseDecider.Default.Decide(collectionCase, statement, Ladder, classification));
    }

    [Fact]
    public void A_dispute_known_from_the_signals_pauses_its_items_only()
    {
        var decision = Decide(Case(), D(3, 10), new DisputeOpened(D(2, 1), "D-7", UnpaidReason.ProductDefect) { ItemIds = ["INV-1"] });

        Assert.Equal(HoldKind.Dispute, Assert.Single(decision.Holds).Kind);
        Assert.Equal(["INV-1"], decision.Holds[0].ItemIds);
        var step = Assert.Single(decision.Actions, a => a.Kind == CaseActionKind.TakeStep);
        Assert.Equal(Eur(2_500m), step.Amount);
        Assert.Equal(["INV-2"], step.ItemIds);
        var task = Assert.Single(decision.Actions, a => a.Kind == CaseActionKind.ActOnReason);
        Assert.Equal((FirstAction.OpenDisputeTask, D(2, 1), Eur(1_000m)), (task.Treatment, task.DueOn, task.Amount));
        Assert.Equal(["INV-1"], task.ItemIds);
    }

    [Fact]
    public void The_reason_is_acted_on_once()
    {
        var dispute = new DisputeOpened(D(2, 1), "D-7", UnpaidReason.ProductDefect) { ItemIds = ["INV-1"] };
        var task = Assert.Single(Decide(Case(), D(3, 10), dispute).Actions, a => a.Kind == CaseActionKind.ActOnReason);

        // Recorded as an outbound contact; and a dispute the case records is being dealt with already.
        Assert.DoesNotContain(Decide(Case(task.ToEvent(D(3, 11))!), D(3, 12), dispute).Actions, a => a.Kind == CaseActionKind.ActOnReason);
        Assert.DoesNotContain(Decide(Case(new DisputeRaised(D(2, 2), "INV-1", "damaged")), D(3, 10), dispute).Actions, a => a.Kind == CaseActionKind.ActOnReason);
    }

    [Fact]
    public void A_dispute_about_the_whole_account_pauses_every_item()
    {
        var decision = Decide(Case(), D(3, 10), new DisputeOpened(D(2, 1), "D-8", UnpaidReason.PriceOrQuantityDisagreement));

        Assert.Equal(CaseActionKind.ActOnReason, Assert.Single(decision.Actions).Kind);
        Assert.Equal(["INV-1", "INV-2", "INV-3"], Assert.Single(decision.Holds).ItemIds);
    }

    [Fact]
    public void A_closed_dispute_pauses_nothing()
    {
        var decision = Decide(
            Case(),
            D(3, 10),
            new DisputeOpened(D(2, 1), "D-7", UnpaidReason.ProductDefect) { ItemIds = ["INV-1"] },
            new DisputeClosed(D(2, 20), "D-7"));

        Assert.Empty(decision.Holds);
        Assert.Equal(["INV-1", "INV-2"], Assert.Single(decision.Actions, a => a.Kind == CaseActionKind.TakeStep).ItemIds);
    }

    [Fact]
    public void Hardship_holds_the_whole_case_until_a_plan_deals_with_it()
    {
        var jobLoss = new DeclaredReason(D(2, 25), UnpaidReason.JobLoss);

        var paused = Decide(Case(), D(3, 10), jobLoss);
        var offer = Assert.Single(paused.Actions);
        Assert.Equal((CaseActionKind.ActOnReason, FirstAction.OfferPaymentPlan, Eur(4_250.25m)), (offer.Kind, offer.Treatment, offer.Amount));
        Assert.Equal("act on the unpaid reason by call task: call with an empathetic script and offer a payment plan the debtor can keep, 4,250.25 EUR, due since 2026-02-25", offer.ToString());
        Assert.Equal((HoldKind.ReasonPause, "job loss"), (Assert.Single(paused.Holds).Kind, paused.Holds[0].Detail));
        Assert.True(paused.IsPaused);

        var plan = Calculated.Plan(new Plans.PlanRequest(Eur(4_250.25m), D(3, 5), D(3, 31), Plans.PlanFrequency.Monthly) { Count = 6 });
        var planned = Decide(Case(new PlanAgreed(D(3, 5), plan)), D(3, 10), jobLoss);
        Assert.Equal(HoldKind.Plan, Assert.Single(planned.Holds).Kind);
    }

    [Fact]
    public void A_published_insolvency_notice_stops_dunning_and_asks_for_the_proof_of_claim()
    {
        var notice = new InsolvencyNotice(D(3, 2), InsolvencyProceeding.Reorganisation);

        var decision = Decide(Case(), D(3, 10), notice);

        var claim = Assert.Single(decision.Actions);
        // Two months after the publication is Saturday 2 May: the deadline moves to Monday (C. proc. civ. 642).
        Assert.Equal((CaseActionKind.FileClaim, (LocalDate?)D(5, 4), Eur(4_250.25m)), (claim.Kind, claim.Deadline, claim.Amount));
        Assert.Equal(HoldKind.Insolvency, Assert.Single(decision.Holds).Kind);
    }

    [Fact]
    public void A_missing_classification_is_named()
    {
        var result = CaseDecider.Default.Decide(Case(), AcmeAccount.AsOf(D(3, 10)), Ladder, (ReasonClassification)null!);

        Assert.Equal("classification", Assert.Single(result.ValidationErrors).Identifier);
    }
}
