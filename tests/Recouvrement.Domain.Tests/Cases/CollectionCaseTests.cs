using System.Globalization;
using Recouvrement.Cases;
using Recouvrement.Escalation;
using Recouvrement.Reasons;
using static Recouvrement.Domain.Tests.AccountFixtures;
using static Recouvrement.Domain.Tests.CaseFixtures;

namespace Recouvrement.Domain.Tests;

public class CollectionCaseTests
{
    private static readonly InsolvencyNotice Liquidation = new(D(3, 1), InsolvencyProceeding.Liquidation);

    public static TheoryData<CaseEvent[], string> Transitions => new()
    {
        { [], nameof(CaseState.Open) },
        { [Step(D(1, 21), "First reminder")], nameof(CaseState.Reminding) },
        { [Step(D(1, 21), "First reminder"), new PromiseMade(D(1, 25), D(2, 5), Eur(1_000m))], nameof(CaseState.Promised) },
        { [new PromiseMade(D(1, 25), D(2, 5), Eur(1_000m)), new PaymentReceived(D(2, 4), Eur(1_000m))], nameof(CaseState.Open) },
        { [new PromiseMade(D(1, 25), D(2, 5), Eur(1_000m)), new PaymentReceived(D(2, 4), Eur(600m))], nameof(CaseState.Promised) },
        { [new PromiseMade(D(1, 25), D(2, 5), Eur(1_000m)), Step(D(2, 9), "Call", channel: StepChannel.CallTask)], nameof(CaseState.Reminding) },
        { [new DisputeRaised(D(1, 22), "INV-1", "goods damaged")], nameof(CaseState.Disputed) },
        { [new DisputeRaised(D(1, 22), "INV-1", "goods damaged"), new DisputeResolved(D(2, 1), "INV-1")], nameof(CaseState.Open) },
        { [Step(D(1, 21), "First reminder"), Step(D(2, 20), "Formal notice", StepKind.FormalNotice, StepChannel.RegisteredLetter)], nameof(CaseState.FormalNotice) },
        { [Step(D(2, 20), "Formal notice", StepKind.FormalNotice, StepChannel.RegisteredLetter), Step(D(3, 20), "Collection agency", StepKind.Agency, StepChannel.AgencyHandover)], nameof(CaseState.WithAgency) },
        { [Step(D(2, 20), "Formal notice", StepKind.FormalNotice, StepChannel.RegisteredLetter), Step(D(3, 20), "Injonction de payer", StepKind.Court, StepChannel.CourtFiling)], nameof(CaseState.InCourt) },
        { [Step(D(1, 21), "First reminder"), new InsolvencyOpened(D(3, 2), Liquidation)], nameof(CaseState.InInsolvency) },
        { [new CaseClosed(D(3, 1), CaseOutcome.Paid)], nameof(CaseState.ClosedPaid) },
        { [new CaseClosed(D(3, 1), CaseOutcome.Settled)], nameof(CaseState.ClosedSettled) },
        { [new CaseClosed(D(3, 1), CaseOutcome.WrittenOff)], nameof(CaseState.ClosedWrittenOff) },
        { [new CaseClosed(D(3, 1), CaseOutcome.Paid), new CaseReopened(D(3, 5))], nameof(CaseState.Open) },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void The_state_follows_from_the_events(CaseEvent[] events, string state)
        => Assert.Equal(state, Case(events).State.Name);

    [Fact]
    public void The_first_formal_notice_dates_consumer_interest()
    {
        Assert.Null(Case(Step(D(1, 21), "First reminder")).FormalNoticeOn);
        var notified = Case(
            Step(D(1, 21), "First reminder"),
            Step(D(2, 20), "Formal notice", StepKind.FormalNotice, StepChannel.RegisteredLetter),
            Step(D(3, 20), "Second notice", StepKind.FormalNotice, StepChannel.RegisteredLetter));
        Assert.Equal(D(2, 20), notified.FormalNoticeOn);
    }

    [Fact]
    public void A_plan_replaces_the_ladder_until_a_step_resumes_it()
    {
        var plan = Plans.PaymentPlanCalculator.Calculate(new Plans.PlanRequest(Eur(1_000m), D(2, 1), D(2, 15), Plans.PlanFrequency.Monthly) { Count = 4 }).Value;
        var inPlan = Case(Step(D(1, 21), "First reminder"), new PlanAgreed(D(2, 1), plan));
        Assert.Equal(CaseState.InPlan, inPlan.State);
        Assert.Equal(CaseState.Reminding, Valid(inPlan.Record(Step(D(4, 1), "Second reminder"))).State);
    }

    [Fact]
    public void Events_given_out_of_order_are_kept_by_date_and_same_day_order()
    {
        var promise = new PromiseMade(D(1, 25), D(2, 5), Eur(1_000m));
        var first = Step(D(1, 25), "First reminder");
        var c = Case(promise with { Date = D(2, 1) }, first, promise);
        Assert.Equal([first, promise, promise with { Date = D(2, 1) }], c.Events);
    }

    [Fact]
    public void Every_refused_transition_is_named_at_once()
    {
        var result = CollectionCase.Create("C-1", "D-001", Currency.EUR, D(1, 20), [
            new PaymentReceived(D(1, 10), Eur(10m)),                                                 // before the opening
            Step(D(1, 21), "First reminder"),
            Step(D(1, 21), "First reminder"),                                                        // repeated
            new DisputeResolved(D(1, 22), "INV-9"),                                                    // no such dispute
            Step(D(1, 23), "Court", StepKind.Court, StepChannel.CourtFiling),                        // no formal notice
            new PromiseMade(D(1, 24), D(1, 20), Eur(5m)),                                            // promised date before the promise
            new PaymentReceived(D(1, 25), new Money(5m, Currency.USD)),                              // another currency
            new ClaimFiled(D(1, 26)),                                                                // no insolvency
            new InsolvencyOpened(D(3, 2), Liquidation),
            Step(D(3, 3), "Second reminder"),                                                        // dunning during insolvency
            new CaseClosed(D(3, 4), CaseOutcome.WrittenOff),
            new PaymentReceived(D(3, 5), Eur(5m)),                                                   // on a closed case
            null,
        ]);

        Assert.Equal(
            [
                "events[12]",
            ],
            result.ValidationErrors.Select(e => e.Identifier));

        var ordered = CollectionCase.Create("C-1", "D-001", Currency.EUR, D(1, 20), [
            new PaymentReceived(D(1, 10), Eur(10m)),
            Step(D(1, 21), "First reminder"),
            Step(D(1, 21), "First reminder"),
            new DisputeResolved(D(1, 22), "INV-9"),
            Step(D(1, 23), "Court", StepKind.Court, StepChannel.CourtFiling),
            new PromiseMade(D(1, 24), D(1, 20), Eur(5m)),
            new PaymentReceived(D(1, 25), new Money(5m, Currency.USD)),
            new ClaimFiled(D(1, 26)),
            new InsolvencyOpened(D(3, 2), Liquidation),
            Step(D(3, 3), "Second reminder"),
            new CaseClosed(D(3, 4), CaseOutcome.WrittenOff),
            new PaymentReceived(D(3, 5), Eur(5m)),
        ]);

        Assert.Equal(
            [
                "events[0].Date = 2026-01-10: is before the case opened on 2026-01-20",
                "events[2] = \"step 'First reminder' by email\": repeats events[1]; give a Reference to tell two genuine ones apart",
                "events[3] = \"dispute on INV-9 resolved\": INV-9 is not disputed",
                "events[4] = \"step 'Court' by court filing\": a court filing follows a formal notice",
                "events[5] = \"promise to pay 5.00 EUR by 2026-01-20\": the promised date is before the promise",
                "events[6] = \"payment received: 5.00 USD\": the amount must be positive, in EUR",
                "events[7] = \"proof of claim filed\": a proof of claim needs insolvency proceedings",
                "events[9] = \"step 'Second reminder' by email\": insolvency proceedings are open: individual pursuit stops (C. com. L622-21)",
                "events[11] = \"payment received: 5.00 EUR\": the case was closed (written off) on 2026-03-04: reopen it first",
            ],
            ordered.ValidationErrors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void Two_genuine_identical_events_are_told_apart_by_their_reference()
    {
        var payment = new PaymentReceived(D(2, 1), Eur(100m));
        Assert.Equal(2, Case(payment with { Reference = "BANK-1" }, payment with { Reference = "BANK-2" }).Events.Count);
    }

    [Fact]
    public void Recording_returns_a_new_case_and_leaves_the_old_one_unchanged()
    {
        var before = Case(Step(D(1, 21), "First reminder"));
        var after = Valid(before.Record(new CaseClosed(D(2, 1), CaseOutcome.Paid)));
        Assert.Single(before.Events);
        Assert.Equal(CaseState.Reminding, before.State);
        Assert.Equal(CaseState.ClosedPaid, after.State);
        Assert.False(before.Record(Step(D(1, 10), "Call")).IsSuccess);
    }

    [Fact]
    public void An_agency_file_does_not_go_back_to_reminders()
    {
        var result = CollectionCase.Create("C-1", "D-001", Currency.EUR, D(1, 20), [
            Step(D(2, 20), "Formal notice", StepKind.FormalNotice, StepChannel.RegisteredLetter),
            Step(D(3, 20), "Collection agency", StepKind.Agency, StepChannel.AgencyHandover),
            Step(D(3, 25), "Second reminder"),
        ]);
        Assert.Equal("the file is already with an agency: no Reminder after it", Assert.Single(result.ValidationErrors).ErrorMessage.Split(": ", 2)[1]);
    }

    [Fact]
    public void A_case_per_invoice_covers_only_its_invoices()
    {
        var perInvoice = Valid(CollectionCase.Create("C-2", "D-001", Currency.EUR, D(1, 20), invoiceIds: ["INV-2"]));
        Assert.True(perInvoice.Covers("INV-2"));
        Assert.False(perInvoice.Covers("INV-1"));
        Assert.True(Case().Covers("INV-1"));
        Assert.Equal("invoiceIds[1]", Assert.Single(CollectionCase.Create("C-2", "D-001", Currency.EUR, D(1, 20), invoiceIds: ["INV-2", "INV-2"]).ValidationErrors).Identifier);
    }

    [Fact]
    public void The_chronology_reads_in_english_and_french()
    {
        var c = Case(
            Step(D(1, 21), "First reminder"),
            new ContactLogged(D(1, 23), inbound: true) { Channel = StepChannel.CallTask, Note = "asks for a copy" },
            new DisputeRaised(D(1, 23), "INV-1", "missing delivery note"));
        Assert.Equal(
            """
            Case C-1, debtor D-001, opened on 2026-01-20
              2026-01-21  step 'First reminder' by email → reminding
              2026-01-23  contact from the debtor by call task: asks for a copy → reminding
              2026-01-23  dispute on INV-1: missing delivery note → disputed
            """.ReplaceLineEndings("\n"),
            c.Describe(CultureInfo.InvariantCulture).ReplaceLineEndings("\n"));
        Assert.StartsWith("Dossier C-1, débiteur D-001, ouvert le 20/01/2026", c.Describe(new CultureInfo("fr-FR")), StringComparison.Ordinal);
    }
}
