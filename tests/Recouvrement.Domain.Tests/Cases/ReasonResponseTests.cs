using NodaTime;
using Recouvrement.Cases;
using Recouvrement.Communication;
using Recouvrement.Escalation;
using Recouvrement.Reasons;
using static Recouvrement.Domain.Tests.AccountFixtures;
using static Recouvrement.Domain.Tests.CaseFixtures;

namespace Recouvrement.Domain.Tests;

/// <summary>The unpaid reason drives the response (seeds 000 §2, 001, 003): how hard the ladder goes, and what comes first.</summary>
public class ReasonResponseTests
{
    private static CaseDecision Decide(CollectionCase collectionCase, LocalDate asOf, ReasonClassifier? classifier = null, params ReasonSignal[] signals)
    {
        var statement = ReachableAccount.AsOf(asOf);
        var classification = Valid((classifier ?? ReasonClassifier.Default).Classify(signals, ReasonContext.Of(statement)));
        return Valid(CaseDecider.Default.Decide(collectionCase, statement, Ladder, classification));
    }

    [Fact]
    public void A_debtor_refusing_in_bad_faith_gets_the_formal_notice_not_a_courteous_reminder()
    {
        var decision = Decide(Case(), D(3, 10), signals: [new PromiseBroken(D(2, 20)), new PromiseBroken(D(3, 5))]);

        var notice = Assert.Single(decision.Actions);
        Assert.Equal(("Formal notice", StepKind.FormalNotice), (notice.Step!.Name, notice.Step.Kind));
        Assert.Equal(
            ["First reminder", "Call", "Second reminder"],
            decision.Skipped.Select(s => s.Step.Name));
        Assert.All(decision.Skipped, s => Assert.Equal(SkipCause.ReasonHardens, s.Cause));
    }

    [Fact]
    public void A_failed_payment_is_presented_again_before_any_reminder_and_the_ladder_waits_its_days()
    {
        var returned = new DirectDebitReturned(D(1, 22), "AM04");

        // Insufficient funds: present the debit again and send a payment link, by e-mail; no reminder yet.
        var first = Decide(Case(), D(1, 23), signals: returned);
        var retry = Assert.Single(first.Actions);
        Assert.Equal((CaseActionKind.ActOnReason, FirstAction.RetryCollection, StepChannel.Email), (retry.Kind, retry.Treatment, retry.Channel));
        Assert.Equal(HoldKind.ReasonFirst, Assert.Single(first.Holds).Kind);

        // Done on 23 January: the ladder waits seven days, then its first reminder goes out.
        var acted = Case(retry.ToEvent(D(1, 23))!);
        var waiting = Decide(acted, D(1, 29), signals: returned);
        Assert.Empty(waiting.Actions);
        Assert.Equal((HoldKind.ReasonFirst, (LocalDate?)D(1, 29)), (Assert.Single(waiting.Holds).Kind, waiting.Holds[0].Until));
        Assert.Equal("First reminder", Assert.Single(Decide(acted, D(1, 30), signals: returned).Actions).Step!.Name);
    }

    [Fact]
    public void Once_the_formal_notice_is_out_a_failed_payment_no_longer_comes_first()
    {
        var noticed = Case(Step(D(1, 21), "First reminder"), Step(D(1, 30), "Call", channel: StepChannel.CallTask), Step(D(2, 9), "Second reminder"), Step(D(2, 19), "Formal notice", StepKind.FormalNotice, StepChannel.RegisteredLetter));
        var decision = Decide(noticed, D(3, 10), signals: new DirectDebitReturned(D(3, 1), "AM04"));
        Assert.Equal("Collection agency", Assert.Single(decision.Actions).Step!.Name);
    }

    [Fact]
    public void Our_own_error_is_corrected_and_nothing_goes_to_the_debtor()
    {
        var decision = Decide(Case(), D(3, 10), signals: new DeclaredReason(D(3, 1), UnpaidReason.OurBillingError));

        var correct = Assert.Single(decision.Actions);
        Assert.Equal((CaseActionKind.ActOnReason, FirstAction.CorrectAndResend, (StepChannel?)null), (correct.Kind, correct.Treatment, correct.Channel));
        Assert.Equal(HoldKind.OurError, Assert.Single(decision.Holds).Kind);

        // Recorded, the correction is not a contact: it counts toward no contact-pressure limit and asks nothing more.
        var done = correct.ToEvent(D(3, 10));
        Assert.Equal(new ReasonActedOn(D(3, 10), FirstAction.CorrectAndResend), done);
        Assert.Empty(Decide(Case(done!), D(3, 12), signals: new DeclaredReason(D(3, 1), UnpaidReason.OurBillingError)).Actions);
    }

    [Fact]
    public void Penalties_wait_for_our_correction_and_for_a_hardship_and_a_dispute_won_drops_them()
    {
        var ours = Decide(Case(), D(3, 10), signals: new DeclaredReason(D(3, 1), UnpaidReason.OurBillingError));
        Assert.Equal(["INV-1 OurError", "INV-2 OurError", "INV-3 OurError"], ours.PenaltyHolds.Select(h => $"{h.ItemId} {h.Cause.Name}"));

        var hardship = Decide(Case(), D(3, 10), signals: new DeclaredReason(D(3, 1), UnpaidReason.JobLoss));
        Assert.All(hardship.PenaltyHolds, h => Assert.Equal(HoldKind.ReasonPause, h.Cause));
        Assert.Equal(3, hardship.PenaltyHolds.Count);

        var won = Decide(Case(new DisputeRaised(D(1, 22), "INV-1", "damaged"), new DisputeResolved(D(2, 10), "INV-1") { Upheld = true }), D(3, 10));
        var waiver = Assert.Single(won.PenaltyHolds);
        Assert.Equal("penalties on INV-1 dropped through 2026-02-10: the debtor was right", waiver.ToString());
    }

    [Fact]
    public void Probable_insolvency_protects_the_claim_and_skips_the_courteous_reminders()
    {
        var decision = Decide(Case(), D(3, 10), signals: new SolvencyEnquiry(D(3, 1), SolvencyOutcome.Poor));

        Assert.Equal(
            [(CaseActionKind.ActOnReason, "protect"), (CaseActionKind.TakeStep, "Second reminder")],
            decision.Actions.Select(a => (a.Kind, a.Step?.Name ?? "protect")));
        Assert.Equal(["First reminder", "Call"], decision.Skipped.Select(s => s.Step.Name));
    }

    [Fact]
    public void A_host_changes_how_hard_a_reason_goes()
    {
        var softer = Valid(ReasonClassifier.Create(new ReasonClassifierOptions
        {
            Treatments = new Dictionary<UnpaidReason, ReasonTreatment>
            {
                [UnpaidReason.RefusalOrBadFaith] = UnpaidReason.RefusalOrBadFaith.Treatment with { SkipsRemindersUpTo = Tone.Courteous },
            },
        }));
        var decision = Decide(Case(), D(3, 10), softer, new PromiseBroken(D(2, 20)), new PromiseBroken(D(3, 5)));
        Assert.Equal("Second reminder", Assert.Single(decision.Actions).Step!.Name);
    }

    [Fact]
    public void A_treatment_that_pauses_and_hardens_is_refused_with_every_problem()
    {
        var result = ReasonClassifier.Create(new ReasonClassifierOptions
        {
            Treatments = new Dictionary<UnpaidReason, ReasonTreatment>
            {
                [UnpaidReason.ProductDefect] = UnpaidReason.ProductDefect.Treatment with { SkipsRemindersUpTo = Tone.Firm },
                [UnpaidReason.CardExpired] = UnpaidReason.CardExpired.Treatment with { LadderWaitsDays = -1 },
            },
        });
        Assert.Equal(
            ["options.Treatments[ProductDefect].SkipsRemindersUpTo", "options.Treatments[CardExpired].LadderWaitsDays"],
            result.ValidationErrors.Select(e => e.Identifier));
    }

    [Fact]
    public void Every_built_in_treatment_is_consistent()
    {
        var all = UnpaidReason.List.ToDictionary(r => r, r => r.Treatment);
        Assert.True(ReasonClassifier.Create(new ReasonClassifierOptions { Treatments = all }).IsSuccess);
    }
}
