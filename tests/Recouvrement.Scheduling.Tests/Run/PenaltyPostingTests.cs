using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Recouvrement.Cases;
using Recouvrement.Debtors;
using Recouvrement.Plans;
using static Recouvrement.Scheduling.Tests.RunFixtures;

namespace Recouvrement.Scheduling.Tests;

/// <summary>Penalties are not posted while the debtor may be right or keeps an agreement; they follow the hold's outcome.</summary>
public class PenaltyPostingTests
{
    private static readonly Accounts.Account Acme = Account("D-9", DebtorKind.Business, Invoice("F-1", D(1, 31), 1_000m), Invoice("F-2", D(2, 10), 500m));

    private static List<RunAction> RunOn(LocalDate date, params CaseEvent[] events)
    {
        var collectionCase = CollectionCase.Create("K-9", "D-9", Currency.EUR, D(1, 31), events);
        Assert.True(collectionCase.IsSuccess, string.Join("; ", collectionCase.ValidationErrors.Select(e => e.ErrorMessage)));
        return [.. Run().Execute([new PortfolioEntry(Acme) { Cases = [collectionCase.Value] }], date)];
    }

    private static string[] Postings(IEnumerable<RunAction> actions, string itemId)
        => [.. actions.Where(a => a.ItemId == itemId && a.Kind != RunActionKind.Case).Select(a => $"{a.Kind.Name} {a.Amount}")];

    [Fact]
    public void An_open_dispute_holds_its_invoice_and_says_so_while_the_others_are_posted()
    {
        var actions = RunOn(RunDate, new DisputeRaised(D(2, 5), "F-1", "goods damaged"));

        var held = Assert.Single(actions, a => a.ItemId == "F-1");
        Assert.Equal((RunActionKind.PenaltiesHeld, HoldKind.Dispute), (held.Kind, held.HeldBy));
        Assert.Equal("D-9 penalties held 54.65 EUR on F-1: items under dispute [reason: unknown]", held.ToString());
        // F-2: 500 EUR late 34 days, 500 × 12.15 % × 34 / 365 = 5.66 EUR.
        Assert.Equal(["PostCompensation 40.00 EUR", "PostInterest 5.66 EUR"], Postings(actions, "F-2"));
    }

    [Fact]
    public void A_dispute_rejected_posts_all_that_accrued_meanwhile()
    {
        // 1,000 EUR late from 1 February to 16 March, 44 days at 12.15 %: 14.65 EUR, and the 40 EUR.
        var actions = RunOn(RunDate, new DisputeRaised(D(2, 5), "F-1", "goods damaged"), new DisputeResolved(D(3, 1), "F-1"));
        Assert.Equal(["PostCompensation 40.00 EUR", "PostInterest 14.65 EUR"], Postings(actions, "F-1"));
    }

    [Fact]
    public void A_dispute_upheld_drops_what_accrued_until_its_resolution()
    {
        // Late only from 2 March: 15 days, 1,000 × 12.15 % × 15 / 365 = 4.99 EUR; the compensation is owed for that lateness.
        var actions = RunOn(RunDate, new DisputeRaised(D(2, 5), "F-1", "goods damaged"), new DisputeResolved(D(3, 1), "F-1") { Upheld = true });
        Assert.Equal(["PostCompensation 40.00 EUR", "PostInterest 4.99 EUR"], Postings(actions, "F-1"));
    }

    [Fact]
    public void A_plan_kept_holds_every_invoice_and_a_broken_one_posts_them()
    {
        var plan = PaymentPlanCalculator.Calculate(new PlanRequest(Eur(1_500m), D(2, 15), D(3, 1), PlanFrequency.Monthly) { Count = 3 }).Value;
        var kept = RunOn(RunDate, new PlanAgreed(D(2, 15), plan), new PaymentReceived(D(3, 1), Eur(500m)));
        Assert.Contains(kept, a => a.Hold?.Kind == HoldKind.Plan);
        Assert.All(kept.Where(a => a.Kind != RunActionKind.Case && a.Kind != RunActionKind.CaseHeld), a => Assert.Equal((RunActionKind.PenaltiesHeld, HoldKind.Plan), (a.Kind, a.HeldBy)));

        var broken = RunOn(D(5, 20), new PlanAgreed(D(2, 15), plan));
        Assert.Contains(broken, a => a.Kind == RunActionKind.PostInterest && a.ItemId == "F-1");
        Assert.DoesNotContain(broken, a => a.Kind == RunActionKind.PenaltiesHeld);
    }

    [Fact]
    public void A_host_may_post_during_a_dispute()
    {
        var decider = CaseDecider.Create(new CasePolicy { PenaltyPosting = new PenaltyPostingPolicy { HoldWhileDisputed = false } }).Value;
        var entry = new PortfolioEntry(Acme) { Cases = [CollectionCase.Create("K-9", "D-9", Currency.EUR, D(1, 31), [new DisputeRaised(D(2, 5), "F-1", "goods damaged")]).Value] };
        var actions = Run(o => o with { Decider = decider }).Execute([entry], RunDate).ToList();
        Assert.Equal(["PostCompensation 40.00 EUR", "PostInterest 14.65 EUR"], Postings(actions, "F-1"));
    }

    /// <summary>Disputes on F-1 raised and resolved (rejected or upheld) on random days before the run.</summary>
    private static readonly Arbitrary<(int Day, bool Resolve, bool Upheld)[]> DisputeHistories =
        (from day in Gen.Choose(1, 40)
         from resolve in Gen.Elements(true, false)
         from upheld in Gen.Elements(true, false)
         select (day, resolve, upheld)).ArrayOf().ToArbitrary();

    [Property(MaxTest = 100)]
    public Property Nothing_is_posted_on_an_item_under_dispute_whatever_the_order_of_events()
        => Prop.ForAll(DisputeHistories, history =>
        {
            // Replay as a host would: a raise when none is open, a resolution when one is.
            var events = new List<CaseEvent>();
            var open = false;
            foreach (var (day, resolve, upheld) in history.OrderBy(h => h.Day))
            {
                var date = D(2, 1).PlusDays(day);
                if (!open && !resolve)
                {
                    events.Add(new DisputeRaised(date, "F-1", "disputed") { Reference = $"#{events.Count}" });
                    open = true;
                }
                else if (open && resolve)
                {
                    events.Add(new DisputeResolved(date, "F-1") { Upheld = upheld, Reference = $"#{events.Count}" });
                    open = false;
                }
            }

            var posted = Postings(RunOn(RunDate, [.. events]), "F-1");
            if (open)
            {
                Assert.All(posted, p => Assert.StartsWith("PenaltiesHeld", p, StringComparison.Ordinal));
            }
            else
            {
                Assert.DoesNotContain(posted, p => p.StartsWith("PenaltiesHeld", StringComparison.Ordinal));
            }
        });
}
