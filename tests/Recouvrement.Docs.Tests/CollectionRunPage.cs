using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Debtors;
using Recouvrement.Scheduling;

namespace Recouvrement.Docs.Tests;

/// <summary>The samples of docs/collection-run.md.</summary>
public class CollectionRunPage
{
    [Fact]
    public void The_morning_run()
    {
        var debtor = new Debtor("D-001", "Acme SARL", DebtorKind.Business, "FR")
        {
            Contacts = [new Contact("Claire Martin", ContactRole.PaymentApprover) { Email = "claire@acme.example" }],
        };
        var account = Account.Create(debtor, [new Invoice("INV-1", new LocalDate(2026, 2, 1), new LocalDate(2026, 3, 2), new Money(1_500m, Currency.EUR))]).Value;
        IEnumerable<PortfolioEntry> portfolio = [new PortfolioEntry(account)];
        var lines = new List<string>();

        // begin-snippet: collection-run
        // Each debtor under its own law: its ladders, late-payment rule, limitation, calendar and time zone.
        var run = CollectionRun.Create(new CollectionRunOptions(JurisdictionProfiles.France.Ladders)
        {
            Jurisdictions = JurisdictionProfiles.Default,
            ContactHours = ContactHours.Default(BusinessCalendars.France),   // the windows; each debtor's own holidays apply
        }).Value;

        var tally = new RunTally();
        foreach (var action in run.Execute(portfolio, new LocalDate(2026, 3, 16), tally))   // streamed, in portfolio order
        {
            lines.Add(action.ToString());   // D-001 take step 'First reminder' by email, 1,500.00 EUR, due since 2026-03-03 …
        }

        var summary = tally.ToSummary();     // counts and amounts per step, reason and segment; the aging
        // end-snippet

        Assert.Equal(3, lines.Count);
        Assert.Equal(1, summary.Entries);
    }

    [Fact]
    public void The_daily_loop()
    {
        var debtor = new Debtor("D-001", "Acme SARL", DebtorKind.Business, "FR")
        {
            Contacts = [new Contact("Claire Martin", ContactRole.PaymentApprover) { Email = "claire@acme.example" }],
        };
        var account = Account.Create(debtor, [new Invoice("INV-1", new LocalDate(2026, 2, 1), new LocalDate(2026, 3, 2), new Money(1_500m, Currency.EUR))]).Value;
        IReadOnlyList<PortfolioEntry> portfolio = [new PortfolioEntry(account)];
        var run = CollectionRun.Create(new CollectionRunOptions(JurisdictionProfiles.France.Ladders) { Jurisdictions = JurisdictionProfiles.Default }).Value;
        var today = new LocalDate(2026, 3, 16);
        var stored = new List<string>();

        // begin-snippet: daily-loop
        var actions = run.Execute(portfolio, today).ToList();                  // load (the portfolio), run
        foreach (var update in CollectionRun.Apply(portfolio, actions).Value)  // apply: or entry.Apply(its actions), streamed
        {
            // Store in one transaction: each new event on its case, each charge on the account; both keyed by RunAction.Key.
            stored.AddRange(update.Events.Select(e => $"{e.CaseId}: {e.Event.Describe(null)}"));
            stored.AddRange(update.Charges.Select(c => $"{c.InvoiceId}: {c.Kind} {c.Charged}"));
        }
        // end-snippet

        Assert.Equal(["D-001: step 'First reminder' by email", "INV-1: Fee 40.00 EUR", "INV-1: Interest 6.99 EUR"], stored);
    }
}
