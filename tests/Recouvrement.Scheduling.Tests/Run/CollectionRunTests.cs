using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Debtors;
using Snapshooter.Xunit;
using static Recouvrement.Scheduling.Tests.RunFixtures;

namespace Recouvrement.Scheduling.Tests;

public class CollectionRunTests
{
    [Fact]
    public void The_days_actions_for_a_small_portfolio_with_their_reasons_and_the_summary()
    {
        var tally = new RunTally();
        var actions = Run().Execute(Portfolio(), RunDate, tally).ToList();
        Snapshot.Match(string.Join("\n", actions.Select(a => a.ToString())) + "\n\n" + tally.ToSummary());
    }

    [Fact]
    public void Running_again_on_the_same_date_gives_the_same_actions()
    {
        var run = Run();
        Assert.Equal(
            run.Execute(Portfolio(), RunDate).Select(a => a.ToString()),
            run.Execute(Portfolio(), RunDate).Select(a => a.ToString()));
    }

    [Fact]
    public void Parallel_batches_give_the_actions_in_the_portfolio_order_and_the_same_tally()
    {
        var portfolio = Enumerable.Range(0, 30).SelectMany(_ => Portfolio()).Append(null).ToArray();
        var (alone, together) = (new RunTally(), new RunTally());
        Assert.Equal(
            Run().Execute(portfolio, RunDate, alone).Select(a => a.ToString()),
            Run(o => o with { BatchSize = 7, MaxDegreeOfParallelism = 2 }).Execute(portfolio, RunDate, together).Select(a => a.ToString()));
        Assert.Equal(alone.ToSummary().ToString(), together.ToSummary().ToString());
        Assert.Equal((181, 1), (together.ToSummary().Entries, together.ToSummary().Problems));
    }

    [Fact]
    public async Task The_asynchronous_run_gives_the_same_actions()
    {
        var tally = new RunTally();
        var actions = new List<string>();
        await foreach (var action in Run(o => o with { BatchSize = 4 }).ExecuteAsync(Stream(Portfolio()), RunDate, tally))
        {
            actions.Add(action.ToString());
        }

        Assert.Equal(Run().Execute(Portfolio(), RunDate).Select(a => a.ToString()), actions);
        Assert.Equal(6, tally.ToSummary().Entries);

        static async IAsyncEnumerable<PortfolioEntry?> Stream(IEnumerable<PortfolioEntry> entries)
        {
            foreach (var entry in entries)
            {
                await Task.Yield();
                yield return entry;
            }
        }
    }

    [Fact]
    public void Promises_the_case_records_as_broken_classify_the_debtor_as_refusing()
    {
        var account = Account("D-8", DebtorKind.Business, Invoice("R-1", D(1, 15), 3_000m));
        var entry = new PortfolioEntry(account)
        {
            Cases = [CollectionCase.Create("K-8", "D-8", Currency.EUR, D(1, 15), [
                new StepTaken(D(1, 16), "First reminder", Escalation.StepKind.Reminder) { Channel = Escalation.StepChannel.Email },
                new PromiseMade(D(1, 20), D(2, 1), Eur(3_000m)),
                new StepTaken(D(2, 5), "Call", Escalation.StepKind.Reminder) { Channel = Escalation.StepChannel.CallTask },
                new PromiseMade(D(2, 6), D(2, 20), Eur(3_000m)),
            ]).Value],
        };

        var action = Assert.Single(Run().Execute([entry], RunDate), a => a.Kind == RunActionKind.Case);

        Assert.Equal(Reasons.UnpaidReason.RefusalOrBadFaith, action.Reason);
        Assert.Equal("Formal notice", action.CaseAction!.Step!.Name);
    }

    [Fact]
    public void A_bad_entry_is_reported_with_its_id_and_the_run_goes_on()
    {
        var stranger = CollectionCase.Create("K-9", "SOMEONE-ELSE", Currency.EUR, D(1, 1)).Value;
        var portfolio = new PortfolioEntry?[]
        {
            null,
            new(Account("D-7", DebtorKind.Business, Invoice("X-1", D(2, 1), 100m))) { Cases = [stranger] },
            Portfolio()[0],
        };
        var tally = new RunTally();
        var actions = Run().Execute(portfolio, RunDate, tally).ToList();

        var problems = actions.Where(a => a.Kind == RunActionKind.Problem).Select(a => a.ToString()).ToList();
        Assert.Equal(
            [
                "#0 entry rejected: portfolio entry 0 has no account",
                "D-7 entry rejected: case K-9: request.Statement.Debtor.Id = \"D-7\": is not the case's debtor (SOMEONE-ELSE)",
            ],
            problems);
        Assert.Contains(actions, a => a.DebtorId == "D-1" && a.CaseAction?.Step?.Name == "First reminder");
        Assert.Equal((3, 2), (tally.ToSummary().Entries, tally.ToSummary().Problems));
    }

    [Fact]
    public void The_fixed_compensation_is_posted_once_and_interest_only_beyond_what_was_posted()
    {
        var invoice = Invoice("A-1", D(1, 1), 10_000m);
        // 10,000 × 12.15 % (ECB 2.15 % on 1 January + 10 points, L441-10) × 74 days / 365 = 246.33.
        var first = Postings(Account("D-1", DebtorKind.Business, invoice));
        Assert.Equal([(RunActionKind.PostCompensation, Eur(40m)), (RunActionKind.PostInterest, Eur(246.33m))], first);

        // The host posted both on 1 March; on 16 March only the interest since then is due.
        var posted = Postings(Account(
            "D-1",
            DebtorKind.Business,
            invoice,
            new Charge("FEE-1", D(3, 1), D(3, 1), Eur(40m), ChargeKind.Fee) { InvoiceId = "A-1" },
            new Charge("INT-1", D(3, 1), D(3, 1), Eur(200m), ChargeKind.Interest) { InvoiceId = "A-1" }));
        Assert.Equal([(RunActionKind.PostInterest, Eur(46.33m))], posted);

        static (RunActionKind, Money)[] Postings(Account account)
            => [.. Run().Execute([new PortfolioEntry(account)], RunDate).Where(a => a.Kind != RunActionKind.Case).Select(a => (a.Kind, a.Amount))];
    }

    [Fact]
    public void What_the_signals_say_pauses_what_it_concerns_though_no_case_records_it()
    {
        // The dispute came in through the billing system, the job loss through a call note: the cases know neither.
        var disputed = new PortfolioEntry(Account("D-3", DebtorKind.Business, Invoice("C-1", D(2, 1), 800m), Invoice("C-2", D(2, 20), 1_200m)))
        {
            Signals = [new Reasons.DisputeOpened(D(2, 10), "DSP-1", Reasons.UnpaidReason.ProductDefect) { ItemIds = ["C-1"] }],
        };
        var jobLoss = new PortfolioEntry(Account("D-8", DebtorKind.Consumer, Invoice("J-1", D(2, 1), 300m)))
        {
            Signals = [new Reasons.DeclaredReason(D(3, 2), Reasons.UnpaidReason.JobLoss)],
        };

        var actions = Run().Execute([disputed, jobLoss], RunDate).Where(a => a.Kind == RunActionKind.Case).ToList();

        // The collector is asked to act on each reason instead: the dispute task, the plan offer.
        Assert.Equal(
            [("D-3", Reasons.FirstAction.OpenDisputeTask), ("D-8", Reasons.FirstAction.OfferPaymentPlan)],
            actions.Where(a => a.CaseAction!.Kind == CaseActionKind.ActOnReason).Select(a => (a.DebtorId, a.CaseAction!.Treatment!)));
        var step = Assert.Single(actions, a => a.CaseAction!.Kind == CaseActionKind.TakeStep);
        Assert.Equal("D-3", step.DebtorId);
        Assert.Equal(["C-2"], step.CaseAction!.ItemIds);
        Assert.Equal(Eur(1_200m), step.Amount);
    }

    [Fact]
    public void A_disputed_flag_without_its_reason_holds_the_invoice_and_asks_what_is_disputed()
    {
        // Most ERPs export a "disputed" flag and nothing more.
        var flagged = new PortfolioEntry(Account("D-3", DebtorKind.Business, Invoice("C-1", D(2, 1), 800m), Invoice("C-2", D(2, 20), 1_200m)))
        {
            Signals = [new Reasons.DisputeOpened(D(2, 10), "ERP-FLAG-C-1", Reasons.UnpaidReason.DisputeUnspecified) { ItemIds = ["C-1"] }],
        };

        var actions = Run().Execute([flagged], RunDate).ToList();

        var task = Assert.Single(actions, a => a.CaseAction?.Kind == CaseActionKind.ActOnReason);
        Assert.Equal((Reasons.FirstAction.OpenDisputeTask, Reasons.UnpaidReason.DisputeUnspecified), (task.CaseAction!.Treatment, task.Reason));
        Assert.Equal(["C-2"], Assert.Single(actions, a => a.CaseAction?.Kind == CaseActionKind.TakeStep).CaseAction!.ItemIds);
        Assert.Contains(actions, a => a.Kind == RunActionKind.PenaltiesHeld && a.ItemId == "C-1");
    }

    [Fact]
    public void The_fixed_compensation_is_owed_per_late_instalment_and_what_was_posted_is_taken_off()
    {
        // D441-5: €40 per late invoice and per late instalment. The host posted €40 when the first instalment was late;
        // the second is late now: €40 more, once.
        var invoice = new Invoice("A-1", D(1, 1), D(2, 28), Eur(2_000m))
        {
            Instalments = [new Instalment(D(1, 31), Eur(1_000m)), new Instalment(D(2, 28), Eur(1_000m))],
        };
        var fee = new Charge("FEE-1", D(2, 5), D(2, 5), Eur(40m), ChargeKind.Fee) { InvoiceId = "A-1" };

        Assert.Equal([Eur(80m)], Compensations(Account("D-1", DebtorKind.Business, invoice)));
        Assert.Equal([Eur(40m)], Compensations(Account("D-1", DebtorKind.Business, invoice, fee)));
        Assert.Empty(Compensations(Account("D-1", DebtorKind.Business, invoice, fee, fee with { Id = "FEE-2", Date = D(3, 2), DueDate = D(3, 2) })));

        static Money[] Compensations(Account account)
            => [.. Run().Execute([new PortfolioEntry(account)], RunDate).Where(a => a.Kind == RunActionKind.PostCompensation).Select(a => a.Amount)];
    }

    [Fact]
    public void A_steps_fee_is_posted_with_the_step()
    {
        var ladders = Recouvrement.Escalation.LadderSelection.Create(
            Recouvrement.Escalation.EscalationLadder.Builder("With a fee", "FR")
                .Remind("Reminder", 1, Recouvrement.Escalation.StepChannel.Email, Recouvrement.Communication.Tone.Courteous, "r", s => s with { Fee = Eur(15m), DebtorKinds = [DebtorKind.Business] })
                .ProposeWriteOff("Write-off", 60, "w")
                .Build().Value,
            []).Value;
        var actions = CollectionRun.Create(new CollectionRunOptions(ladders)).Value
            .Execute([new PortfolioEntry(Account("D-1", DebtorKind.Business, Invoice("A-1", D(3, 1), 500m)))], RunDate).ToList();
        Assert.Equal(["D-1 take step 'Reminder' by email, 500.00 EUR, due since 2026-03-02 [reason: forgot to pay]", "D-1 post the step's fee 15.00 EUR for 'Reminder' [reason: forgot to pay]"], actions.Select(a => a.ToString()));
    }

    [Fact]
    public void Contacts_wait_for_the_contact_window_in_the_debtors_time_zone()
    {
        // 15 March 2026 is a Sunday: no SMS until Monday 08:00 in Paris.
        var sunday = new LocalDate(2026, 3, 15);
        var consumer = new PortfolioEntry(Account("D-2", DebtorKind.Consumer, Invoice("B-1", D(3, 12), 45.90m)));
        var action = Assert.Single(Run(o => o with { ContactHours = ContactHours.Default(BusinessCalendars.France) }).Execute([consumer], sunday), a => a.Kind == RunActionKind.Case);
        Assert.Equal("2026-03-16T08:00:00 Europe/Paris (+01)", action.NotBefore?.ToString("uuuu-MM-ddTHH:mm:ss z '('o<g>')'", null));
    }

    [Fact]
    public void Bad_options_are_named_together()
    {
        var result = CollectionRun.Create(new CollectionRunOptions(null!) { BatchSize = 0, MinimumInterestPosting = -1m });
        Assert.Equal(["Ladders", "BatchSize", "MinimumInterestPosting"], result.ValidationErrors.Select(e => e.Identifier));
    }
}
