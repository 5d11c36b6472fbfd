using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Communication;
using Recouvrement.Debtors;
using Recouvrement.Escalation;

namespace Recouvrement.Docs.Tests;

// begin-snippet: host-rule
/// <summary>Every step on a debt of 10,000 or more needs a manager's approval.</summary>
public sealed class ManagerApprovesLargeDebts() : CaseRule("manager approves large debts")
{
    public override void Apply(CaseDecisionContext context)
    {
        foreach (var action in context.Actions.ToList())
        {
            if (action.Kind == CaseActionKind.TakeStep && context.Pursued.Amount >= 10_000m)
            {
                context.Replace(action, action with { RequiresApproval = true });
            }
        }
    }
}
// end-snippet

/// <summary>The samples of docs/escalation.md.</summary>
public class EscalationPage
{
    [Fact]
    public void A_host_rule_after_the_librarys()
    {
        var debtor = new Debtor("D-002", "Grande Compagnie SA", DebtorKind.Business, "FR")
        {
            Contacts = [new Contact("Compta", ContactRole.Accounting) { Email = "compta@grande.example" }],
        };
        var account = Account.Create(debtor, [new Invoice("INV-9", new LocalDate(2026, 1, 5), new LocalDate(2026, 1, 20), new Money(12_000m, Currency.EUR))]).Value;
        var opened = CollectionCase.Create("C-2", "D-002", Currency.EUR, new LocalDate(2026, 1, 20)).Value;

        // begin-snippet: host-rule-registered
        var decider = CaseDecider.Create(new CasePolicy
        {
            Rules = [.. CaseRules.Default, new ManagerApprovesLargeDebts()],
        }).Value;
        // end-snippet

        var step = Assert.Single(decider.Decide(opened, account.AsOf(new LocalDate(2026, 1, 21)), EscalationLadders.BusinessStandard).Value.Actions);
        Assert.True(step.RequiresApproval);
    }

    [Fact]
    public void A_first_ladder()
    {
        // begin-snippet: first-ladder
        var ladder = EscalationLadder.Builder("Business, standard", "FR")
            .Remind("First reminder", 1, StepChannel.Email, Tone.Courteous, "b2b.reminder-1")
            .Remind("Call", 10, StepChannel.CallTask, Tone.Courteous, "b2b.call")
            .FormalNotice("Formal notice", 30, "b2b.formal-notice")                  // registered letter, 8 days to respond
            .HandToAgency("Collection agency", 45, "b2b.agency", s => s with { MinimumOverdue = new Money(500m, Currency.EUR) })
            .FileInCourt("Injonction de payer", 75, "b2b.court")                    // every amount ends in court or a write-off
            .Build();                                                                 // a Result: every problem at once
        // end-snippet

        Assert.Equal(5, ladder.Value.Steps.Count);
    }

    [Fact]
    public void A_case_decided_day_by_day()
    {
        var debtor = new Debtor("D-001", "Acme SARL", DebtorKind.Business, "FR")
        {
            Contacts = [new Contact("Claire Martin", ContactRole.PaymentApprover) { Email = "claire@acme.example" }],
        };
        var account = Account.Create(debtor, [new Invoice("INV-1", new LocalDate(2026, 1, 5), new LocalDate(2026, 1, 20), new Money(1_000m, Currency.EUR))]).Value;

        // begin-snippet: first-case
        var opened = CollectionCase.Create("C-1", "D-001", Currency.EUR, new LocalDate(2026, 1, 20)).Value;
        var today = new LocalDate(2026, 1, 21);
        var decision = CaseDecider.Default.Decide(opened, account.AsOf(today), EscalationLadders.BusinessStandard).Value;
        foreach (var action in decision.Actions)
        {
            Console.WriteLine(action);              // take step 'First reminder' by email, 1,000.00 EUR, due since 2026-01-21
            // … send it, then record what was done so it is never decided again:
            opened = opened.Record(action.ToEvent(today)).Value;
        }

        // The debtor calls and promises to pay: the ladder waits until the date plus the grace days.
        var promised = opened.Record(new PromiseMade(today.PlusDays(2), new LocalDate(2026, 2, 10), new Money(1_000m, Currency.EUR))).Value;
        // end-snippet

        Assert.Equal(CaseState.Promised, promised.State);
        Assert.Equal(HoldKind.Promise, CaseDecider.Default.Decide(promised, account.AsOf(new LocalDate(2026, 2, 12)), EscalationLadders.BusinessStandard).Value.Holds.Single().Kind);
    }
}
