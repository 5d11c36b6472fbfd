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
}
