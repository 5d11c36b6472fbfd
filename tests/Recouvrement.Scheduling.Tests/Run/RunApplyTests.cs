using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Debtors;
using Recouvrement.Penalties;
using static Recouvrement.Scheduling.Tests.RunFixtures;

namespace Recouvrement.Scheduling.Tests;

public class RunApplyTests
{
    [Fact]
    public void Applying_a_days_actions_records_each_as_an_event_or_a_charge_keyed_by_the_action()
    {
        var entry = Portfolio()[0];
        var actions = Run().Execute([entry], RunDate).ToList();

        var update = entry.Apply(actions).Value;

        Assert.Equal(
            ["D-1/D-1/TakeStep/-/First reminder/2026-03-16 step 'First reminder' by email"],
            update.Events.Select(e => e.Event.Reference + " " + e.Event.Describe(null)));
        Assert.Equal(
            ["D-1/-/PostCompensation/A-1/-/2026-03-16 Fee 40.00 EUR on A-1", "D-1/-/PostInterest/A-1/-/2026-03-16 Interest 7.49 EUR on A-1"],
            update.Charges.Select(c => $"{c.Id} {c.Kind} {c.Charged} on {c.InvoiceId}"));

        // The run opened the account's case: it is stored with its first event.
        var opened = Assert.Single(update.Cases);
        Assert.Equal(("D-1", 1), (opened.Id, opened.Events.Count));
        Assert.Same(opened, Assert.Single(update.Entry.Cases));
    }

    [Fact]
    public void Run_again_the_same_day_the_applied_portfolio_asks_for_nothing_more()
    {
        var portfolio = Portfolio();
        var updates = CollectionRun.Apply(portfolio, Run().Execute(portfolio, RunDate).ToList()).Value;

        Assert.DoesNotContain(Run().Execute(updates.Select(u => u.Entry), RunDate), Acts);
        Assert.Contains(updates, u => !u.IsEmpty);
    }

    [Fact]
    public void Every_action_of_a_run_has_its_own_key()
    {
        var keys = Run().Execute(Portfolio(), RunDate).Select(a => a.Key).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("D-1/D-1/PostFee/-/First reminder/2026-03-16", Run(o => o with { Ladders = FeeLadder }).Execute([Portfolio()[0]], RunDate).Select(a => a.Key));
    }

    /// <summary>A first reminder with a fee, posted beside the step.</summary>
    private static Recouvrement.Escalation.LadderSelection FeeLadder { get; } = Recouvrement.Escalation.LadderSelection.Create(
        Recouvrement.Escalation.EscalationLadder.Builder("With a fee", "FR")
            .Remind("First reminder", 1, Recouvrement.Escalation.StepChannel.Email, Recouvrement.Communication.Tone.Courteous, "r", s => s with { Fee = Eur(15m), DebtorKinds = [DebtorKind.Business] })
            .ProposeWriteOff("Write-off", 60, "w")
            .Build().Value,
        []).Value;

    [Fact]
    public void Applying_the_same_actions_twice_changes_nothing()
    {
        var entry = Portfolio()[0];
        var actions = Run().Execute([entry], RunDate).ToList();
        var once = entry.Apply(actions).Value.Entry;

        var twice = once.Apply(actions).Value;

        Assert.True(twice.IsEmpty);
        Assert.Same(once, twice.Entry);

        // Nothing new to store: no account, case or charge is built again, only the keys and the empty update (2.6 KB
        // measured for these three actions; an account rebuilt alone would take more).
        var before = GC.GetAllocatedBytesForCurrentThread();
        _ = once.Apply(actions);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 3_000);
    }

    [Fact]
    public void Actions_for_another_debtor_another_case_or_out_of_order_are_each_named()
    {
        var portfolio = Portfolio();
        var (first, promised) = (portfolio[0], portfolio[3]);
        var step = Run().Execute([first], RunDate).First(a => a.Kind == RunActionKind.Case);
        var otherCase = step with { DebtorId = "D-4", Case = CollectionCase.Create("K-9", "D-4", Currency.EUR, D(1, 1)).Value };
        var late = step with { DebtorId = "D-4", Case = promised.Cases[0], RunDate = D(2, 3) };

        var result = promised.Apply([late, step, otherCase]);

        Assert.Equal(
            [
                "actions[0] = \"D-4/K-4/TakeStep/-/First reminder/2026-02-03\": was run before the case's event of 2026-02-05: apply the runs in date order",
                "actions[1] = \"D-1/D-1/TakeStep/-/First reminder/2026-03-16\": belongs to another debtor than D-4",
                "actions[2] = \"D-4/K-9/TakeStep/-/First reminder/2026-03-16\": is for case K-9, which is not one of the entry's cases",
            ],
            result.ValidationErrors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void A_claim_in_proceedings_known_from_a_notice_records_the_proceedings_first()
    {
        // The insolvency came from the published notice only: the new case needs it before the proof of claim.
        var entry = new PortfolioEntry(Account("D-8", DebtorKind.Business, Invoice("L-8", D(1, 15), 3_000m)))
        {
            Signals = [new Reasons.InsolvencyNotice(D(3, 2), Reasons.InsolvencyProceeding.Liquidation)],
        };
        var actions = Run().Execute([entry], RunDate).ToList();

        var update = entry.Apply(actions).Value;

        Assert.Equal(["InsolvencyOpened 2026-03-16", "ClaimFiled 2026-03-16"], update.Events.Select(e => $"{e.Event.GetType().Name} {e.Event.Date:uuuu-MM-dd}"));
        Assert.DoesNotContain(Run().Execute([update.Entry], RunDate), Acts);
    }

    [Fact]
    public void A_contact_data_task_is_acknowledged_and_asked_again_after_the_review_interval()
    {
        var unreachable = new PortfolioEntry(Recouvrement.Accounts.Account.Create(new Debtor("D-7", "Debtor D-7", DebtorKind.Business, "FR"), [Invoice("G-1", D(3, 1), 900m)]).Value);
        var run = Run(o => o with { PenaltyRuleFor = _ => null });

        var task = Assert.Single(run.Execute([unreachable], RunDate), a => a.CaseAction?.Kind == CaseActionKind.CompleteContactData);
        var applied = unreachable.Apply([task]).Value;
        Assert.IsType<ContactDataRequested>(Assert.Single(applied.Events).Event);

        var nextDay = run.Execute([applied.Entry], RunDate.PlusDays(1)).ToList();
        Assert.DoesNotContain(nextDay, a => a.CaseAction?.Kind == CaseActionKind.CompleteContactData);
        Assert.Contains(nextDay, a => a.Hold?.Kind == HoldKind.NoUsableChannel && a.Hold.Until == RunDate.PlusDays(30));
        Assert.Contains(run.Execute([applied.Entry], RunDate.PlusDays(30)), a => a.CaseAction?.Kind == CaseActionKind.CompleteContactData);
    }

    [Fact]
    public void A_silent_case_says_why_and_the_tally_counts_it_by_cause()
    {
        // D-4 promised to pay on 10 March: on 5 March the case waits, three days' grace included, and says so.
        var tally = new RunTally();
        var actions = Run().Execute(Portfolio(), D(3, 5), tally).ToList();

        var held = Assert.Single(actions, a => a.DebtorId == "D-4" && a.Kind == RunActionKind.CaseHeld);
        Assert.Equal("D-4 case held: promise to pay: 2,000.00 EUR, until 2026-03-13 [reason: unknown]", held.ToString());
        Assert.Contains(tally.ToSummary().ByCause, c => c.Key == "promise to pay" && c.Count == 1);
    }

    [Fact]
    public void Interest_past_the_last_known_rate_is_not_posted_until_the_host_confirms_the_rate()
    {
        // The shipped ECB series ends on 30 June 2026; the French rule reads the rate of 1 July for the second half.
        var entry = new PortfolioEntry(Account("D-1", DebtorKind.Business, Invoice("A-1", D(6, 1), 1_500m)));
        var july = D(7, 15);

        var unknown = Run().Execute([entry], july).Where(a => a.Kind != RunActionKind.Case).ToList();
        Assert.Equal(
            ["D-1 reference rate unknown: ECB main refinancing rate is known until 2026-06-30; interest on A-1 runs to 2026-07-15: add the newly published rate, or confirm that the last one still holds (ConfirmedUntil) [reason: unknown]"],
            unknown.Select(a => a.ToString()));

        // Confirmed in the rule's own series, or for the whole run (the series of every profile): posted at the last rate.
        var confirmed = LatePaymentRule.FranceBusiness(ReferenceRates.EcbMainRefinancingRate.ConfirmedUntil(D(12, 31)).Value);
        var inTheRule = Run(o => o with { PenaltyRuleFor = _ => confirmed }).Execute([entry], july).Where(a => a.Kind != RunActionKind.Case).ToList();
        Assert.Equal([RunActionKind.PostCompensation, RunActionKind.PostInterest], inTheRule.Select(a => a.Kind));
        var forTheRun = new Dictionary<string, LocalDate> { [ReferenceRates.EcbMainRefinancingRate.Name] = D(7, 31) };
        Assert.Equal(
            inTheRule.Select(a => a.Amount),
            Run(o => o with { RatesConfirmedUntil = forTheRun }).Execute([entry], july).Where(a => a.Kind != RunActionKind.Case).Select(a => a.Amount));

        // Confirmed up to a day before the run's: still unknown.
        Assert.Contains(Run(o => o with { RatesConfirmedUntil = new Dictionary<string, LocalDate> { [ReferenceRates.EcbMainRefinancingRate.Name] = D(7, 14) } }).Execute([entry], july), a => a.Kind == RunActionKind.RatesUnknown);
    }

    [Property(MaxTest = 20)]
    public Property Each_day_applied_then_run_again_asks_for_nothing_more_over_120_days_and_keys_are_unique()
        => Prop.ForAll(Portfolios.ToArbitrary(), start =>
        {
            var run = Run();
            IReadOnlyList<PortfolioEntry> entries = start;
            for (var day = D(1, 5); day < D(1, 5).PlusDays(120); day = day.PlusDays(1))
            {
                var actions = run.Execute(entries, day).ToList();
                Assert.Equal(actions.Count, actions.Select(a => a.Key).Distinct(StringComparer.Ordinal).Count());
                var applied = CollectionRun.Apply(entries, actions);
                Assert.True(applied.IsSuccess, string.Join("; ", applied.ValidationErrors.Select(e => e.ErrorMessage)));
                entries = [.. applied.Value.Select(u => u.Entry)];
                Assert.DoesNotContain(run.Execute(entries, day), Acts);
            }
        });

    /// <summary>Up to four debtors of either kind, each with one to three invoices due around the start.</summary>
    private static Gen<PortfolioEntry[]> Portfolios { get; } =
        (from business in Gen.Elements(true, false)
         from invoices in (from due in Gen.Choose(-60, 60) from amount in Gen.Choose(30, 20_000) select (due, amount)).ArrayOf().Select(a => a.Take(3).ToArray())
         select (business, invoices))
        .ArrayOf()
        .Select(debtors => debtors.Take(4).Select((d, i) => new PortfolioEntry(Account(
            $"R-{i}",
            d.business ? DebtorKind.Business : DebtorKind.Consumer,
            [.. d.invoices.Select((inv, j) => (AccountEntry)Invoice($"R-{i}-{j}", D(1, 5).PlusDays(inv.due), inv.amount))]))).ToArray());

    /// <summary>Whether the action posts, contacts or asks something of a person.</summary>
    private static bool Acts(RunAction action)
        => !action.Kind.IsInformational && action.Kind != RunActionKind.Problem && action.Kind != RunActionKind.RatesUnknown;
}
