using System.Globalization;
using NodaTime;
using Recouvrement.Cases;
using Recouvrement.Communication;
using Recouvrement.Debtors;
using Recouvrement.Escalation;
using Recouvrement.Plans;
using Recouvrement.Reasons;
using Snapshooter.Xunit;
using static Recouvrement.Domain.Tests.AccountFixtures;
using static Recouvrement.Domain.Tests.CaseFixtures;

namespace Recouvrement.Domain.Tests;

public class CaseDecisionTests
{
    private static CaseAction OnlyStep(CaseDecision decision)
        => Assert.Single(decision.Actions, a => a.Kind == CaseActionKind.TakeStep);

    [Fact]
    public void Nothing_is_due_before_the_first_step()
    {
        var decision = Decide(Case(), D(1, 20));
        Assert.Empty(decision.Actions);
        Assert.Equal("First reminder", decision.NextStep?.Name);
        Assert.Equal(D(1, 21), decision.NextStepOn);
    }

    [Fact]
    public void The_first_step_falls_due_the_day_after_the_due_date()
    {
        var action = OnlyStep(Decide(Case(), D(1, 21)));
        Assert.Equal(("First reminder", D(1, 21), Eur(1_000m), StepChannel.Email), (action.Step!.Name, action.DueOn, action.Amount, action.Channel));
        Assert.Equal(["INV-1"], action.ItemIds);
    }

    [Fact]
    public void A_ladders_grace_period_moves_every_step_timed_from_the_due_date()
    {
        var graced = EscalationLadder.Builder("With grace", "FR")
            .Remind("Pre-due", -3, StepChannel.Email, Tone.Courteous, "p")
            .Remind("First reminder", 1, StepChannel.Email, Tone.Courteous, "r1")
            .FormalNotice("Formal notice", 30, "n")
            .ProposeWriteOff("Write-off", 60, "w")
            .WithGraceDays(5)
            .Build().Value;

        var early = Decide(Case(), D(1, 21), ladder: graced);
        Assert.DoesNotContain(early.Actions, a => a.Kind == CaseActionKind.TakeStep);
        Assert.Equal(("First reminder", D(1, 26)), (early.NextStep?.Name, early.NextStepOn));
        Assert.Equal("First reminder", OnlyStep(Decide(Case(), D(1, 26), ladder: graced)).Step!.Name);
        Assert.Contains("First reminder: due date + 6 days", graced.ToString(), StringComparison.Ordinal);
        Assert.Contains("Pre-due: 3 days before the due date", graced.ToString(), StringComparison.Ordinal);
        Assert.Equal("GraceDays", Assert.Single(EscalationLadder.Builder("Bad", "FR").Remind("R", 1, StepChannel.Email, Tone.Courteous, "r").ProposeWriteOff("W", 9, "w").WithGraceDays(-1).Build().ValidationErrors).Identifier);
    }

    [Fact]
    public void A_step_taken_is_never_decided_again_and_the_next_waits_for_its_day()
    {
        var c = Case(Step(D(1, 21), "First reminder"));
        var early = Decide(c, D(1, 29));
        Assert.Empty(early.Actions);
        Assert.Equal(("Call", D(1, 30)), (early.NextStep?.Name, early.NextStepOn));
        Assert.Equal("Call", OnlyStep(Decide(c, D(1, 30))).Step!.Name);
    }

    [Fact]
    public void A_late_case_climbs_one_step_a_day_not_all_at_once()
    {
        var c = Case();
        var first = OnlyStep(Decide(c, D(3, 1)));
        Assert.Equal(("First reminder", D(1, 21)), (first.Step!.Name, first.DueOn));
        c = Valid(c.Record(first.ToEvent(D(3, 1))));
        Assert.Empty(Decide(c, D(3, 1)).Actions);
        Assert.Equal(("Call", D(3, 2)), (Decide(c, D(3, 1)).NextStep?.Name, Decide(c, D(3, 1)).NextStepOn));
    }

    [Fact]
    public void A_dispute_pauses_the_disputed_items_only()
    {
        var c = Case(new DisputeRaised(D(1, 22), "INV-1", "goods damaged"));
        var decision = Decide(c, D(3, 10));
        Assert.Equal(["INV-1"], Assert.Single(decision.Holds).ItemIds);
        var action = OnlyStep(decision);
        Assert.Equal((Eur(2_500m), D(3, 4)), (action.Amount, action.DueOn));
        Assert.Equal(["INV-2"], action.ItemIds);
        Assert.False(decision.IsPaused);
    }

    [Fact]
    public void When_every_open_item_is_disputed_nothing_goes_out()
    {
        var decision = Decide(Case(new DisputeRaised(D(1, 22), "INV-1", "goods damaged")), D(2, 10), AccountOf(Invoice("INV-1", D(1, 5), D(1, 20), 1_000m)));
        Assert.Empty(decision.Actions);
        Assert.Equal(HoldKind.Dispute, Assert.Single(decision.Holds).Kind);
        Assert.Null(decision.NextStep);
    }

    [Fact]
    public void A_resolved_dispute_resumes_dunning_of_its_item()
    {
        var c = Case(new DisputeRaised(D(1, 22), "INV-1", "goods damaged"), new DisputeResolved(D(2, 1), "INV-1"));
        Assert.Equal(["INV-1"], OnlyStep(Decide(c, D(2, 10))).ItemIds);
    }

    [Fact]
    public void A_promise_pauses_until_its_date_plus_grace_then_a_broken_promise_escalates_to_a_firmer_step()
    {
        var c = Case(Step(D(1, 21), "First reminder"), new PromiseMade(D(1, 23), D(2, 20), Eur(1_000m)));
        var waiting = Decide(c, D(2, 23));
        Assert.Empty(waiting.Actions);
        Assert.Equal((HoldKind.Promise, (LocalDate?)D(2, 23)), (Assert.Single(waiting.Holds).Kind, waiting.Holds[0].Until));

        // Seed 003: a broken promise hardens the tone; the courteous call is not repeated.
        var decision = Decide(c, D(2, 24));
        var broken = OnlyStep(decision);
        Assert.Equal(("Second reminder", D(2, 24), true), (broken.Step!.Name, broken.DueOn, broken.AfterBrokenPromise));
        Assert.Equal("'Call' skipped: a promise was broken: no courteous reminder again (Courteous)", Assert.Single(decision.Skipped).ToString());
    }

    [Fact]
    public void Once_a_promise_was_broken_no_courteous_reminder_goes_out_again()
    {
        var ladder = Valid(EscalationLadder.Builder("Courteous after firm", "FR")
            .Remind("First reminder", 1, StepChannel.Email, Tone.Courteous, "r1")
            .Remind("Firm reminder", 10, StepChannel.Email, Tone.Firm, "r2")
            .Remind("Friendly call", 20, StepChannel.CallTask, Tone.Courteous, "call")
            .FormalNotice("Formal notice", 30, "notice")
            .FileInCourt("Court", 60, "court")
            .Build());
        var c = Case(Step(D(1, 21), "First reminder"), new PromiseMade(D(1, 23), D(1, 26), Eur(1_000m)), Step(D(1, 30), "Firm reminder"));

        var decision = Decide(c, D(2, 19), ReachableAccount, ladder: ladder);
        Assert.Equal(SkipCause.PromiseBroken, Assert.Single(decision.Skipped).Cause);
        Assert.Equal("Formal notice", OnlyStep(decision).Step!.Name);

        // A promise kept, or replaced by another before its date, did not break.
        var kept = Case(Step(D(1, 21), "First reminder"), new PromiseMade(D(1, 23), D(1, 26), Eur(1_000m)), new PaymentReceived(D(1, 25), Eur(1_000m)), Step(D(1, 30), "Firm reminder"));
        Assert.Equal("Friendly call", OnlyStep(Decide(kept, D(2, 10), ReachableAccount, ladder: ladder)).Step!.Name);
        Assert.Equal([D(1, 30)], c.BrokenPromises(D(2, 10), 3));
        Assert.Empty(c.BrokenPromises(D(1, 29), 3));
        Assert.Empty(Case(new PromiseMade(D(1, 23), D(1, 26), Eur(100m)), new PromiseMade(D(1, 25), D(2, 5), Eur(100m))).BrokenPromises(D(2, 1), 3));
    }

    [Fact]
    public void A_broken_promise_brings_a_far_step_forward()
    {
        var c = Case(Step(D(1, 21), "First reminder"), Step(D(1, 30), "Call", channel: StepChannel.CallTask), new PromiseMade(D(1, 31), D(2, 2), Eur(1_000m)));
        var action = OnlyStep(Decide(c, D(2, 6)));
        Assert.Equal(("Second reminder", D(2, 6)), (action.Step!.Name, action.DueOn));
    }

    [Fact]
    public void A_kept_promise_lifts_the_hold_and_the_ladder_goes_on_for_the_rest()
    {
        var account = AccountOf(Invoice("INV-1", D(1, 5), D(1, 20), 1_000m), Payment("P", D(2, 1), 400m));
        var c = Case(Step(D(1, 21), "First reminder"), new PromiseMade(D(1, 23), D(2, 1), Eur(400m)), new PaymentReceived(D(2, 1), Eur(400m)));
        var decision = Decide(c, D(2, 10), account);
        Assert.Empty(decision.Holds);
        Assert.Equal(("Call", Eur(600m)), (OnlyStep(decision).Step!.Name, OnlyStep(decision).Amount));
    }

    private static PaymentPlan Plan() => PaymentPlanCalculator.Calculate(new PlanRequest(Eur(1_000m), D(2, 1), D(2, 15), PlanFrequency.Monthly) { Count = 4 }).Value;

    [Fact]
    public void A_kept_plan_replaces_the_ladder()
    {
        var c = Case(Step(D(1, 21), "First reminder"), new PlanAgreed(D(2, 1), Plan()), new PaymentReceived(D(2, 15), Eur(250m)));
        var decision = Decide(c, D(3, 1));
        Assert.Empty(decision.Actions);
        Assert.True(decision.IsPaused);
        Assert.Equal(HoldKind.Plan, Assert.Single(decision.Holds).Kind);
    }

    [Fact]
    public void A_late_instalment_gets_one_reminder_before_the_plan_breaks()
    {
        var c = Case(Step(D(1, 21), "First reminder"), new PlanAgreed(D(2, 1), Plan()));
        var decision = Decide(c, D(2, 25));
        var reminder = Assert.Single(decision.Actions);
        Assert.Equal((CaseActionKind.RemindInstalment, D(2, 21), StepChannel.Email), (reminder.Kind, reminder.DueOn, reminder.Channel));

        var reminded = Valid(c.Record(reminder.ToEvent(D(2, 25))));
        Assert.Empty(Decide(reminded, D(2, 26)).Actions);
    }

    [Fact]
    public void A_broken_plan_resumes_the_ladder_at_a_firmer_step()
    {
        var c = Case(Step(D(1, 21), "First reminder"), new PlanAgreed(D(2, 1), Plan()));

        // Two instalments late (15 Feb and 15 Mar) break the plan on 21 March, the second one's grace over.
        var decision = Decide(c, D(3, 25));
        Assert.Equal(SkipCause.PlanBroken, Assert.Single(decision.Skipped).Cause);
        Assert.Equal("Call", decision.Skipped[0].Step.Name);
        var action = OnlyStep(decision);
        Assert.Equal(("Second reminder", D(3, 21)), (action.Step!.Name, action.DueOn));
    }

    [Fact]
    public void The_formal_notice_gives_its_response_period_before_the_next_step()
    {
        var c = Case(
            Step(D(1, 21), "First reminder"),
            Step(D(1, 30), "Call", channel: StepChannel.CallTask),
            Step(D(2, 9), "Second reminder"),
            Step(D(2, 19), "Formal notice", StepKind.FormalNotice, StepChannel.RegisteredLetter));
        var waiting = Decide(c, D(2, 25));
        Assert.Empty(waiting.Actions);
        Assert.Equal((HoldKind.NoticeResponse, (LocalDate?)D(2, 27)), (Assert.Single(waiting.Holds).Kind, waiting.Holds[0].Until));
        Assert.Equal(("Collection agency", (LocalDate?)D(3, 6)), (waiting.NextStep?.Name, waiting.NextStepOn));

        var agency = OnlyStep(Decide(c, D(3, 6)));
        Assert.True(agency.RequiresApproval);
    }

    [Fact]
    public void A_response_period_ending_on_a_holiday_ends_on_the_next_business_day()
    {
        // Notice sent on 30 April 2026 + 8 days = Friday 8 May, a French holiday; the weekend follows: Monday 11 May.
        var calendar = new Holidays(new LocalDate(2026, 5, 1), new LocalDate(2026, 5, 8));
        var reminded = Case(Step(D(1, 21), "First reminder"), Step(D(1, 30), "Call", channel: StepChannel.CallTask), Step(D(2, 9), "Second reminder"));
        var decide = (CollectionCase c, LocalDate asOf) => Valid(CaseDecider.Default.Decide(new CaseDecisionRequest(c, ReachableAccount.AsOf(asOf), Ladder) { Calendar = calendar }));

        var notice = OnlyStep(decide(reminded, D(4, 30)));
        Assert.Equal(("Formal notice", (LocalDate?)D(5, 11)), (notice.Step!.Name, notice.Deadline));

        var sent = Valid(reminded.Record(notice.ToEvent(D(4, 30))));
        var waiting = decide(sent, D(5, 11));
        Assert.Equal((HoldKind.NoticeResponse, (LocalDate?)D(5, 11)), (Assert.Single(waiting.Holds).Kind, waiting.Holds[0].Until));
        Assert.Equal(D(5, 12), waiting.NextStepOn);
        Assert.Equal("Collection agency", OnlyStep(decide(sent, D(5, 12))).Step!.Name);

        // Without a calendar, only the weekend moves a deadline: 8 May stays.
        Assert.Equal(D(5, 8), OnlyStep(Decide(reminded, D(4, 30), ReachableAccount)).Deadline);
    }

    [Fact]
    public void Agency_and_court_only_above_their_amounts_and_each_skip_says_why()
    {
        var decider = CaseDecider.Create(new CasePolicy { AgencyMinimum = Eur(5_000m) }).Value;
        var c = Case(
            Step(D(1, 21), "First reminder"),
            Step(D(1, 30), "Call", channel: StepChannel.CallTask),
            Step(D(2, 9), "Second reminder"),
            Step(D(2, 19), "Formal notice", StepKind.FormalNotice, StepChannel.RegisteredLetter));
        var decision = Decide(c, D(4, 6), decider: decider);

        // 4,250.25 EUR: too much to write off, too little for this policy's agency; the small-claims procedure applies.
        Assert.Equal(
            ["'Write-off proposal' skipped: above the step's maximum amount (4250.25 EUR > 100.00 EUR)", "'Collection agency' skipped: below the threshold for this step (4250.25 EUR < 5000.00 EUR)"],
            decision.Skipped.Select(s => s.ToString()));
        Assert.Equal("Procédure simplifiée (petites créances)", OnlyStep(decision).Step!.Name);
    }

    [Fact]
    public void A_ladder_with_nothing_left_for_the_case_sends_it_to_a_person_not_to_silence()
    {
        // The policy keeps the courts for 10,000 EUR and more: a 3,000 EUR debt past the agency has no step left.
        var decider = CaseDecider.Create(new CasePolicy { CourtMinimum = Eur(10_000m) }).Value;
        var account = AccountOf(Invoice("INV-1", D(1, 5), D(1, 20), 3_000m));
        var c = Case(
            Step(D(1, 21), "First reminder"),
            Step(D(1, 30), "Call", channel: StepChannel.CallTask),
            Step(D(2, 9), "Second reminder"),
            Step(D(2, 19), "Formal notice", StepKind.FormalNotice, StepChannel.RegisteredLetter),
            Step(D(3, 6), "Collection agency", StepKind.Agency, StepChannel.AgencyHandover));

        Assert.Empty(Decide(c, D(4, 4), account, decider).Actions);
        var decision = Decide(c, D(4, 5), account, decider);
        var review = Assert.Single(decision.Actions);
        Assert.Equal((CaseActionKind.ReviewCase, ReviewCause.NoStepApplies, D(4, 5), Eur(3_000m)), (review.Kind, review.Review, review.DueOn, review.Amount));
        Assert.Equal(["Procédure simplifiée (petites créances)", "Injonction de payer"], decision.Skipped.Select(s => s.Step.Name));

        // Reviewed on 5 April, it comes back 30 days later.
        var reviewed = Valid(c.Record(review.ToEvent(D(4, 5))));
        Assert.Empty(Decide(reviewed, D(5, 4), account, decider).Actions);
        var again = Assert.Single(Decide(reviewed, D(5, 5), account, decider).Actions);
        Assert.Equal((CaseActionKind.ReviewCase, D(5, 5)), (again.Kind, again.DueOn));
    }

    [Fact]
    public void Once_in_court_or_proposed_for_a_write_off_the_case_is_followed_up_by_a_person()
    {
        var small = AccountOf(Invoice("INV-1", D(1, 5), D(1, 20), 80m));
        var noticed = Case(
            Step(D(1, 21), "First reminder"),
            Step(D(1, 30), "Call", channel: StepChannel.CallTask),
            Step(D(2, 9), "Second reminder"),
            Step(D(2, 19), "Formal notice", StepKind.FormalNotice, StepChannel.RegisteredLetter));
        var proposal = OnlyStep(Decide(noticed, D(3, 5), small));
        Assert.Equal(("Write-off proposal", StepKind.WriteOff, true, (StepChannel?)StepChannel.ManagerReview), (proposal.Step!.Name, proposal.Step.Kind, proposal.RequiresApproval, proposal.Channel));

        var proposed = Valid(noticed.Record(proposal.ToEvent(D(3, 5))));
        Assert.Equal(CaseState.WriteOffProposed, proposed.State);
        Assert.Empty(Decide(proposed, D(4, 3), small).Actions);
        Assert.Equal(ReviewCause.WriteOffProposed, Assert.Single(Decide(proposed, D(4, 4), small).Actions).Review);
        Assert.Equal(CaseState.ClosedWrittenOff, Valid(proposed.Record(new CaseClosed(D(4, 4), CaseOutcome.WrittenOff))).State);
    }

    [Fact]
    public void Insolvency_stops_dunning_and_asks_for_the_proof_of_claim_once()
    {
        var notice = new InsolvencyNotice(D(3, 2), InsolvencyProceeding.Reorganisation);
        var c = Case(Step(D(1, 21), "First reminder"), new InsolvencyOpened(D(3, 5), notice));
        var decision = Decide(c, D(3, 10));
        var claim = Assert.Single(decision.Actions);
        // Two months after the publication is Saturday 2 May: the deadline moves to Monday (C. proc. civ. 642).
        Assert.Equal((CaseActionKind.FileClaim, (LocalDate?)D(5, 4), Eur(4_250.25m)), (claim.Kind, claim.Deadline, claim.Amount));
        Assert.True(decision.IsPaused);

        Assert.Empty(Decide(Valid(c.Record(claim.ToEvent(D(3, 12)))), D(3, 20)).Actions);
    }

    [Fact]
    public void The_proof_of_claim_declares_the_interest_up_to_the_opening_judgment_and_the_compensation()
    {
        // Opened on 2 March 2026: INV-1 (1,000 EUR due 20 January) is 41 days late, 1,000 × 12.15 % × 41 / 365 = 13.65 EUR,
        // plus 40 EUR (D441-5); INV-2 and INV-3 were not late yet.
        var notice = new InsolvencyNotice(D(3, 4), InsolvencyProceeding.Reorganisation) { JudgmentDate = D(3, 2) };
        var c = Case(Step(D(1, 21), "First reminder"), new InsolvencyOpened(D(3, 5), notice));
        var request = new CaseDecisionRequest(c, AcmeAccount.AsOf(D(3, 10)), Ladder) { PenaltyRule = Penalties.LatePaymentRule.FranceBusiness() };

        var claim = Assert.Single(Valid(CaseDecider.Default.Decide(request)).Actions);

        Assert.Equal((CaseActionKind.FileClaim, Eur(4_303.90m)), (claim.Kind, claim.Amount));
        Assert.Equal((Eur(4_250.25m), Eur(13.65m), Eur(40m), D(3, 2)), (claim.Claim!.Principal, claim.Claim.Interest, claim.Claim.Compensation, claim.Claim.InterestUntil));
        Assert.Equal(new ClaimLine("INV-1", Eur(1_000m), Eur(13.65m), Eur(40m)), claim.Claim.Lines[0]);
        Snapshot.Match(claim.Claim.Describe(CultureInfo.InvariantCulture) + "\n\n" + claim.Claim.Describe(new CultureInfo("fr-FR")));
    }

    [Fact]
    public void The_proof_of_claim_becomes_urgent_then_relief_from_foreclosure_then_a_write_off_review()
    {
        // Published 2 March: the claim is due by 4 May (2 May is a Saturday), urgent from 19 April; relief may be sought until
        // 2 September (six months after the publication); then the claim is foreclosed.
        var c = Case(Step(D(1, 21), "First reminder"), new InsolvencyOpened(D(3, 5), new InsolvencyNotice(D(3, 2), InsolvencyProceeding.Liquidation)));
        CaseAction Only(LocalDate asOf) => Assert.Single(Decide(c, asOf).Actions);

        Assert.Equal((CaseActionKind.FileClaim, false), (Only(D(4, 18)).Kind, Only(D(4, 18)).Urgent));
        Assert.Equal((CaseActionKind.FileClaim, true), (Only(D(4, 19)).Kind, Only(D(4, 19)).Urgent));
        var relief = Only(D(5, 5));
        Assert.Equal((CaseActionKind.SeekRelief, (LocalDate?)D(9, 2), true, D(5, 5)), (relief.Kind, relief.Deadline, relief.Urgent, relief.DueOn));
        Assert.IsType<ClaimFiled>(relief.ToEvent(D(5, 6)));
        var foreclosed = Only(D(9, 3));
        Assert.Equal((CaseActionKind.ReviewCase, ReviewCause.ClaimForeclosed), (foreclosed.Kind, foreclosed.Review));
    }

    [Fact]
    public void A_paid_case_is_proposed_for_closing_then_gets_one_survey()
    {
        var paid = AccountOf(Invoice("INV-1", D(1, 5), D(1, 20), 1_000m), Payment("P", D(2, 1), 1_000m));
        var c = Case(Step(D(1, 21), "First reminder"));
        var close = Assert.Single(Decide(c, D(2, 2), paid).Actions);
        Assert.Equal(CaseActionKind.CloseCase, close.Kind);

        var closed = Valid(c.Record(close.ToEvent(D(2, 2))));
        Assert.Empty(Decide(closed, D(2, 3), paid).Actions);
        var survey = Assert.Single(Decide(closed, D(2, 4), paid).Actions);
        Assert.Equal((CaseActionKind.SendSurvey, StepChannel.Email), (survey.Kind, survey.Channel));
        Assert.Empty(Decide(closed, D(2, 19), paid).Actions);
        Assert.Empty(Decide(Valid(closed.Record(survey.ToEvent(D(2, 4)))), D(2, 5), paid).Actions);
    }

    [Fact]
    public void A_call_is_followed_by_one_survey_and_the_policy_chooses_the_channels()
    {
        var c = Case(Step(D(1, 21), "First reminder"), new ContactLogged(D(1, 25), inbound: true) { Channel = StepChannel.CallTask });
        Assert.DoesNotContain(Decide(c, D(1, 26)).Actions, a => a.Kind == CaseActionKind.SendSurvey);
        var survey = Assert.Single(Decide(c, D(1, 27)).Actions, a => a.Kind == CaseActionKind.SendSurvey);
        Assert.Equal((D(1, 27), StepChannel.Email), (survey.DueOn, survey.Channel));
        Assert.DoesNotContain(Decide(Valid(c.Record(survey.ToEvent(D(1, 27)))), D(1, 28)).Actions, a => a.Kind == CaseActionKind.SendSurvey);

        // A reminder sent that day, already recorded (the day's run applied, then run again), keeps the day busy too.
        var reminded = Valid(c.Record(new StepTaken(D(1, 27), "Second reminder", StepKind.Reminder) { Channel = StepChannel.Email }));
        Assert.DoesNotContain(Decide(reminded, D(1, 27)).Actions, a => a.Kind == CaseActionKind.SendSurvey);
        Assert.Contains(Decide(reminded, D(1, 28)).Actions, a => a.Kind == CaseActionKind.SendSurvey);

        // An e-mail reminder is not surveyed by default; a host surveys it the next day instead of calls. No survey while
        // the debtor disputes.
        var byEmail = CaseDecider.Create(new CasePolicy { SurveyAfterContactDays = new Dictionary<StepChannel, int> { [StepChannel.Email] = 1 } }).Value;
        Assert.Equal(D(1, 22), Assert.Single(Decide(Case(Step(D(1, 21), "First reminder")), D(1, 22), decider: byEmail).Actions, a => a.Kind == CaseActionKind.SendSurvey).DueOn);
        Assert.Equal(D(1, 22), Assert.Single(Decide(c, D(1, 27), decider: byEmail).Actions, a => a.Kind == CaseActionKind.SendSurvey).DueOn);
        Assert.DoesNotContain(Decide(Valid(c.Record(new DisputeRaised(D(1, 26), "INV-1", "damaged"))), D(1, 27)).Actions, a => a.Kind == CaseActionKind.SendSurvey);
        Assert.Equal("SurveyAfterContactDays", Assert.Single(CaseDecider.Create(new CasePolicy { SurveyAfterContactDays = new Dictionary<StepChannel, int> { [StepChannel.CourtFiling] = 1 } }).ValidationErrors).Identifier);
    }

    [Fact]
    public void A_missing_channel_falls_back_and_a_missing_address_makes_a_task()
    {
        // Acme has an e-mail address and a phone, no mobile and no postal address.
        var ladder = EscalationLadder.Builder("SMS first", "FR")
            .Remind("Text", 1, StepChannel.Sms, Tone.Courteous, "t")
            .FormalNotice("Notice", 10, "n")
            .FileInCourt("Court", 40, "c")
            .Build().Value;
        var text = OnlyStep(Decide(Case(), D(1, 21), ladder: ladder));
        Assert.Equal((StepChannel.Email, StepChannel.Sms), (text.Channel, text.FallbackFrom));

        var decision = Decide(Case(Step(D(1, 21), "Text")), D(1, 30), ladder: ladder);
        var task = Assert.Single(decision.Actions);
        Assert.Equal((CaseActionKind.CompleteContactData, "Notice"), (task.Kind, task.Step?.Name));
        Assert.Contains("postal address", task.Missing, StringComparison.Ordinal);
        Assert.Equal(HoldKind.NoUsableChannel, Assert.Single(decision.Holds).Kind);

        // Handed over, the task is not asked again for a review interval; the case waits for the address meanwhile.
        var requested = Case(Step(D(1, 21), "Text"), task.ToEvent(D(1, 30))!);
        Assert.Equal("contact data requested: no contact has a complete postal address", requested.Events[^1].Describe(null));
        var waiting = Decide(requested, D(2, 28), ladder: ladder);
        Assert.Empty(waiting.Actions);
        Assert.Equal((HoldKind.NoUsableChannel, D(3, 1)), (Assert.Single(waiting.Holds).Kind, waiting.Holds[0].Until));
        Assert.Equal(CaseActionKind.CompleteContactData, Assert.Single(Decide(requested, D(3, 1), ladder: ladder).Actions).Kind);
    }

    [Fact]
    public void The_contact_pressure_limit_defers_the_step()
    {
        var decider = CaseDecider.Create(new CasePolicy { MaxContacts = 2, ContactWindowDays = 7 }).Value;
        var c = Case(
            Step(D(1, 21), "First reminder"),
            new ContactLogged(D(1, 26), inbound: false) { Channel = StepChannel.CallTask },
            new ContactLogged(D(1, 27), inbound: false) { Channel = StepChannel.Email },
            new ContactLogged(D(1, 28), inbound: true));
        var decision = Decide(c, D(1, 30), decider: decider);
        Assert.DoesNotContain(decision.Actions, a => a.Kind == CaseActionKind.TakeStep);
        Assert.Equal((HoldKind.ContactPressure, (LocalDate?)D(2, 1)), (Assert.Single(decision.Holds).Kind, decision.Holds[0].Until));
        Assert.Equal(("Call", (LocalDate?)D(2, 2)), (decision.NextStep?.Name, decision.NextStepOn));
        Assert.Equal(D(1, 30), OnlyStep(Decide(c, D(2, 2), decider: decider)).DueOn);
    }

    [Fact]
    public void A_reminder_before_the_due_date_is_skipped_once_the_date_has_passed()
    {
        var decision = Decide(Case(), D(1, 21), ladder: EscalationLadders.ConsumerSmallAmount);
        Assert.Equal(SkipCause.DueDatePassed, Assert.Single(decision.Skipped).Cause);
        Assert.Equal(("First reminder", (LocalDate?)D(1, 23)), (decision.NextStep?.Name, decision.NextStepOn));
        Assert.Equal("Pre-due reminder", OnlyStep(Decide(Case(), D(1, 17), ladder: EscalationLadders.ConsumerSmallAmount)).Step!.Name);
    }

    [Fact]
    public void A_step_minimum_in_another_currency_is_not_taken_on_trust()
    {
        // A ladder of euro thresholds on a sterling account: without an exchange rate the minimum cannot be checked, so the
        // step is passed over with that cause rather than taken for a debt of any size.
        var ladder = Valid(EscalationLadder.Builder("Euro thresholds", "FR")
            .Remind("Everyone", 1, StepChannel.Email, Tone.Courteous, "a")
            .HandToAgency("Agency", 3, "agency", s => s with { MinimumOverdue = Eur(500m) })
            .ProposeWriteOff("Write-off", 10, "w")
            .Build());
        var sterling = Valid(Recouvrement.Accounts.Account.Create(Acme, [new Recouvrement.Accounts.Invoice("GB-1", D(1, 5), D(1, 20), new Money(100m, Currency.GBP))]));
        var collectionCase = Valid(CollectionCase.Create("C-1", "D-001", Currency.GBP, D(1, 20), [Step(D(1, 21), "Everyone")]));

        var decision = Decide(collectionCase, D(1, 25), sterling, ladder: ladder);

        Assert.Empty(decision.Actions);
        Assert.Equal("'Agency' skipped: its amount threshold is in another currency (500.00 EUR, the account in GBP)", Assert.Single(decision.Skipped).ToString());
    }

    [Fact]
    public void The_policys_thresholds_apply_to_the_debts_in_their_currency_only()
    {
        // A euro floor for the agency: a sterling debt follows its own ladder's pound minimum, never a converted euro figure.
        var ladder = Valid(EscalationLadder.Builder("Pound thresholds", "GB")
            .Remind("Everyone", 1, StepChannel.Email, Tone.Courteous, "a")
            .HandToAgency("Agency", 3, "agency", s => s with { MinimumOverdue = new Money(50m, Currency.GBP) })
            .ProposeWriteOff("Write-off", 10, "w")
            .Build());
        var sterling = Valid(Recouvrement.Accounts.Account.Create(Acme, [new Recouvrement.Accounts.Invoice("GB-1", D(1, 5), D(1, 20), new Money(100m, Currency.GBP))]));
        var collectionCase = Valid(CollectionCase.Create("C-1", "D-001", Currency.GBP, D(1, 20), [Step(D(1, 21), "Everyone")]));
        var decider = Valid(CaseDecider.Create(new CasePolicy { AgencyMinimum = Eur(5_000m) }));

        Assert.Equal("Agency", OnlyStep(Decide(collectionCase, D(1, 25), sterling, decider, ladder)).Step!.Name);
        Assert.Equal(SkipCause.BelowPolicyThreshold, Assert.Single(Decide(Case(Step(D(1, 21), "First reminder")), D(3, 10), decider: decider, ladder: Valid(EscalationLadder.Builder("Euro", "FR")
            .Remind("First reminder", 1, StepChannel.Email, Tone.Courteous, "a")
            .HandToAgency("Agency", 3, "agency")
            .ProposeWriteOff("Write-off", 100, "w")
            .Build())).Skipped).Cause);
    }

    [Fact]
    public void Steps_for_other_debtors_or_reasons_are_skipped_with_the_reason()
    {
        var ladder = EscalationLadder.Builder("Mixed", "FR")
            .Remind("Consumers", 1, StepChannel.Email, Tone.Courteous, "a", s => s with { DebtorKinds = [DebtorKind.Consumer] })
            .Remind("Expired cards", 2, StepChannel.Email, Tone.Courteous, "b", s => s with { Reasons = [UnpaidReason.CardExpired] })
            .Remind("Everyone", 3, StepChannel.Email, Tone.Firm, "c")
            .ProposeWriteOff("Write-off", 60, "w")
            .Build().Value;
        var decision = Decide(Case(), D(1, 25), ladder: ladder);
        Assert.Equal([SkipCause.OtherDebtorKind, SkipCause.OtherReason], decision.Skipped.Select(s => s.Cause));
        Assert.Equal("Everyone", OnlyStep(decision).Step!.Name);
    }

    [Fact]
    public void A_decision_on_mismatched_data_names_every_problem()
    {
        var other = Valid(CollectionCase.Create("C-9", "D-999", Currency.USD, D(1, 1), [Step(D(3, 1), "First reminder")]));
        Assert.Equal(
            ["statement.Debtor.Id", "statement.Currency", "statement.AsOf"],
            CaseDecider.Default.Decide(other, AcmeAccount.AsOf(D(2, 1)), Ladder).ValidationErrors.Select(e => e.Identifier));
        Assert.Equal("collectionCase", Assert.Single(CaseDecider.Default.Decide(null, AcmeAccount.AsOf(D(2, 1)), Ladder).ValidationErrors).Identifier);
    }

    [Fact]
    public void A_bad_policy_names_every_setting()
    {
        var result = CaseDecider.Create(new CasePolicy { PromiseGraceDays = -1, MaxContacts = 0, AgencyMinimum = Eur(-1m), PlanTolerance = new PlanTolerance { LateInstalmentsToBreak = 0 } });
        Assert.Equal(["PromiseGraceDays", "MaxContacts", "PlanTolerance.LateInstalmentsToBreak", "AgencyMinimum"], result.ValidationErrors.Select(e => e.Identifier));
    }

    [Fact]
    public void A_sixty_day_bill_for_an_invoice_already_sixty_days_late_is_flagged()
    {
        var statement = AcmeAccount.AsOf(D(3, 21));
        var bill = CaseDecider.Default.AssessOffer(new PaymentOffer(D(3, 21), "bill of exchange", D(5, 20)), statement).Value;
        Assert.False(bill.IsAcceptable);
        Assert.Equal((60, 120), (bill.DaysAfterOffer, bill.DaysPastDueAtPayment));
        Assert.True(CaseDecider.Default.AssessOffer(new PaymentOffer(D(3, 21), "transfer", D(3, 25)), statement).Value.IsAcceptable);
        Assert.Equal(2, CaseDecider.Default.AssessOffer(new PaymentOffer(D(3, 21), " ", D(3, 1)), statement).ValidationErrors.Count());
    }

    [Fact]
    public void Decisions_read_in_english_and_french()
    {
        var c = Case(new DisputeRaised(D(1, 22), "INV-1", "goods damaged"), Step(D(3, 4), "First reminder"), Step(D(3, 13), "Call", channel: StepChannel.CallTask), new PromiseMade(D(3, 14), D(3, 20), Eur(2_500m)));
        var decision = Decide(c, D(3, 24));
        var offer = CaseDecider.Default.AssessOffer(new PaymentOffer(D(3, 21), "bill of exchange", D(5, 20)), AcmeAccount.AsOf(D(3, 21))).Value;
        Snapshot.Match(string.Join("\n\n", decision.Describe(CultureInfo.InvariantCulture), decision.Describe(new CultureInfo("fr-FR")), offer.ToString(), offer.Describe(new CultureInfo("fr-FR"))));
    }
}
