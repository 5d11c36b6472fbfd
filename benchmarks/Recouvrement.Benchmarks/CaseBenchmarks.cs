using BenchmarkDotNet.Attributes;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Debtors;
using Recouvrement.Escalation;

namespace Recouvrement.Benchmarks;

/// <summary>Decide on a case with 5 open invoices and 10 events (issue 6: under 500 ns).</summary>
[MemoryDiagnoser]
public class CaseBenchmarks
{
    private static readonly LocalDate Start = new(2026, 1, 20);
    private readonly AccountStatement statement;
    private readonly CollectionCase collectionCase;

    public CaseBenchmarks()
    {
        var debtor = new Debtor("D-1", "Acme SARL", DebtorKind.Business, "FR")
        {
            Contacts = [new Contact("Claire Martin", ContactRole.PaymentApprover)
            {
                Email = "claire@acme.example",
                Phone = "+33 1 23 45 67 89",
                Address = new PostalAddress("12 rue des Lilas", "69003", "Lyon", "FR"),
            }],
        };
        var invoices = Enumerable.Range(0, 5).Select(i => (AccountEntry)new Invoice($"INV-{i}", Start.PlusDays(-30 + (7 * i)), Start.PlusDays(7 * i), new Money(1_000m + i, Currency.EUR)));
        statement = Account.Create(debtor, invoices).Value.AsOf(Start.PlusDays(40));
        var email = StepChannel.Email;
        collectionCase = CollectionCase.Create("C-1", "D-1", Currency.EUR, Start, [
            new StepTaken(Start.PlusDays(1), "First reminder", StepKind.Reminder) { Channel = email },
            new ContactLogged(Start.PlusDays(3), inbound: true) { Channel = StepChannel.CallTask },
            new DisputeRaised(Start.PlusDays(3), "INV-4", "price"),
            new StepTaken(Start.PlusDays(10), "Call", StepKind.Reminder) { Channel = StepChannel.CallTask },
            new PromiseMade(Start.PlusDays(11), Start.PlusDays(18), new Money(500m, Currency.EUR)),
            new PaymentReceived(Start.PlusDays(18), new Money(500m, Currency.EUR)),
            new ContactLogged(Start.PlusDays(19), inbound: false) { Channel = email },
            new StepTaken(Start.PlusDays(20), "Second reminder", StepKind.Reminder) { Channel = email },
            new DisputeResolved(Start.PlusDays(25), "INV-4"),
            new ContactLogged(Start.PlusDays(26), inbound: true) { Channel = email },
        ]).Value;
    }

    [Benchmark(Description = "Decide: 5 open invoices, 10 events")]
    public int Decide() => CaseDecider.Default.Decide(collectionCase, statement, EscalationLadders.BusinessStandard).Value.Actions.Count;
}
