using BenchmarkDotNet.Attributes;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Debtors;

namespace Recouvrement.Benchmarks;

/// <summary>Building and ageing an account, and allocating a payment (issue 3 targets: 10 µs and 2 µs).</summary>
[MemoryDiagnoser]
public class AccountBenchmarks
{
    private static readonly LocalDate Start = new(2026, 1, 1);
    private static readonly Debtor Debtor = new("D-1", "Acme", DebtorKind.Business, "FR");
    private AccountEntry[] fiftyEntries = [];
    private OpenItem[] twentyOpenItems = [];
    private Money payment;
    private Account account = null!;

    [GlobalSetup]
    public void Setup()
    {
        // 30 invoices, 15 payments, 5 credit notes: a busy year of a business customer.
        var entries = new List<AccountEntry>();
        for (var i = 0; i < 30; i++)
        {
            entries.Add(new Invoice($"INV-{i:000}", Start.PlusDays(i * 10), Start.PlusDays((i * 10) + 30), new Money(1_000m + (i * 37.5m), Currency.EUR)));
        }

        for (var i = 0; i < 15; i++)
        {
            entries.Add(new Payment($"PAY-{i:000}", Start.PlusDays((i * 20) + 35), new Money(1_500m, Currency.EUR)));
        }

        for (var i = 0; i < 5; i++)
        {
            entries.Add(new CreditNote($"CN-{i:000}", Start.PlusDays((i * 50) + 5), new Money(100m, Currency.EUR)) { InvoiceId = $"INV-{i * 5:000}" });
        }

        fiftyEntries = entries.ToArray();
        account = Account.Create(Debtor, fiftyEntries).Value;
        twentyOpenItems = Enumerable.Range(0, 20)
            .Select(i => new OpenItem($"INV-{i:000}", $"INV-{i:000}", ChargeKind.Principal, Start.PlusDays(i * 7), Start.PlusDays((i * 7) + 30), new Money(500m + i, Currency.EUR)))
            .ToArray();
        payment = new Money(4_321.09m, Currency.EUR);
    }

    [Benchmark(Description = "Build + age, 50 entries")]
    public AgingReport BuildAndAge() => AgingReport.For(Account.Create(Debtor, fiftyEntries).Value.AsOf(new LocalDate(2026, 12, 31)));

    [Benchmark(Description = "Statement only, 50 entries")]
    public AccountStatement Statement() => account.AsOf(new LocalDate(2026, 12, 31));

    [Benchmark(Description = "Allocate 1 payment over 20 items (default rule)")]
    public IReadOnlyList<AllocationLine> Allocate()
        => PaymentAllocationStrategies.Default.Allocate(payment, new LocalDate(2026, 6, 30), twentyOpenItems, []);
}
