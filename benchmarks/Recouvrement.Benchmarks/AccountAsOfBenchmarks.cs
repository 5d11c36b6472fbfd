using BenchmarkDotNet.Attributes;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Debtors;

namespace Recouvrement.Benchmarks;

/// <summary>
/// A statement of a large account (issue 27): half invoices, four a day, half payments smaller than an invoice, so the
/// open items pile up; applied by the default rule, whose civil-code order shares each payment among the invoices due
/// the same day. The baseline sums the entries' amounts: a statement's ratio to it grows as n log n would, not as n².
/// </summary>
/// <remarks>Ten iterations after three of warm-up: a 100,000-entry statement takes long enough to measure in few.</remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class AccountAsOfBenchmarks
{
    private static readonly Debtor Debtor = new("D-1", "Acme", DebtorKind.Business, "FR");
    private static readonly LocalDate Start = new(2000, 1, 1);
    private AccountEntry[] entries = [];
    private Account account = null!;

    /// <summary>Gets or sets the number of entries, half of them invoices.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var invoices = Entries / 2;
        entries = new AccountEntry[Entries];
        for (var i = 0; i < invoices; i++)
        {
            var issued = Start.PlusDays(i / 4);
            entries[i] = new Invoice($"INV-{i}", issued, issued.PlusDays(30), new Money(100m + (i % 50), Currency.EUR));
            entries[invoices + i] = new Payment($"PAY-{i}", issued.PlusDays(15), new Money(60m, Currency.EUR));
        }

        account = Account.Create(Debtor, entries).Value;
    }

    [Benchmark(Baseline = true, Description = "Sum of the entries' amounts")]
    public decimal SumOfAmounts()
    {
        var sum = 0m;
        foreach (var entry in entries)
        {
            sum += entry.Amount.Amount;
        }

        return sum;
    }

    [Benchmark(Description = "AsOf, after every entry")]
    public AccountStatement AsOf() => account.AsOf(new LocalDate(2100, 1, 1));
}
