using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Debtors;
using Recouvrement.Escalation;
using Recouvrement.Penalties;
using Recouvrement.Scheduling;

namespace Recouvrement.Benchmarks;

/// <summary>
/// The collection run over a portfolio of one million accounts of about three open invoices each, mixed segments and case
/// states, with interest accrual (issue 8: under 2 s on one core, memory flat), against a baseline that only sums the
/// invoice amounts of the same entries. The entries cycle through 10,000 distinct accounts built once, so that building
/// the data is not measured; the run does its whole work for each of the million entries. The same run with each debtor
/// under its own law (seven countries) is measured with the shipped profiles and with 200 more: one look-up per entry, so
/// the number of profiles does not show (issue 23). The same run on two cores reads as a ratio to one core (issue 26). The daily loop — run, then apply each entry's actions — is measured
/// beside it (issue 24).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class RunBenchmarks
{
    private static readonly LocalDate RunDate = new(2026, 3, 16);
    private static readonly string[] Countries = ["FR", "DE", "BE", "NL", "ES", "IT", "AT"];
    private readonly PortfolioEntry[] distinct = Build(10_000, _ => "FR");
    private readonly PortfolioEntry[] abroad = Build(10_000, i => Countries[i % Countries.Length]);
    // One rule for every business debtor, as a host keeps it: a rule caches its rate periods.
    private static readonly LatePaymentRule FranceBusiness = LatePaymentRule.FranceBusiness();

    private static readonly CollectionRunOptions OneCore = new(LadderSelection.Create(
            EscalationLadders.BusinessStandard,
            [new LadderSegment(EscalationLadders.ConsumerSmallAmount) { DebtorKind = DebtorKind.Consumer }]).Value)
    {
        PenaltyRuleFor = d => d.Kind == DebtorKind.Business ? FranceBusiness : null,
    };

    private readonly CollectionRun run = CollectionRun.Create(OneCore).Value;
    private readonly CollectionRun onTwoCores = CollectionRun.Create(OneCore with { MaxDegreeOfParallelism = 2 }).Value;

    private readonly CollectionRun underShippedLaws = UnderLaws(JurisdictionProfiles.Default);
    private readonly CollectionRun underManyLaws = UnderLaws(Enumerable.Range(0, 200).Aggregate(
        JurisdictionProfiles.Default,
        (registry, i) => registry.With(JurisdictionProfiles.EuDirective($"QA-{i:000}", $"Test {i}", DateTimeZoneProviders.Tzdb["Europe/Paris"])).Value));

    [Params(1_000_000)]
    public int Accounts { get; set; }

    [Benchmark(Baseline = true, Description = "Baseline: sum the invoice amounts")]
    public decimal SumInvoices()
    {
        var sum = 0m;
        foreach (var entry in Portfolio())
        {
            foreach (var e in entry.Account.Entries)
            {
                sum += e is Invoice invoice ? invoice.Amount.Amount : 0m;
            }
        }

        return sum;
    }

    [Benchmark(Description = "Collection run, one core")]
    public int Run() => Execute(run, distinct);

    [Benchmark(Description = "Collection run, two cores")]
    public int RunOnTwoCores() => Execute(onTwoCores, distinct);

    [Benchmark(Description = "Collection run, each under its law, 22 profiles")]
    public int RunUnderShippedLaws() => Execute(underShippedLaws, abroad);

    [Benchmark(Description = "Collection run, each under its law, 222 profiles")]
    public int RunUnderManyLaws() => Execute(underManyLaws, abroad);

    [Benchmark(Description = "Collection run and apply, each under its law, 22 profiles")]
    public int RunAndApplyUnderShippedLaws()
    {
        // The daily loop a host runs: a batch of entries run, then each entry's actions applied (events, charges, the
        // entry as the next run reads it); what the host would store is counted, not written.
        var stored = 0;
        var batch = new PortfolioEntry[1_000];
        for (var start = 0; start < Accounts; start += batch.Length)
        {
            for (var i = 0; i < batch.Length; i++)
            {
                batch[i] = abroad[(start + i) % abroad.Length];
            }

            foreach (var update in CollectionRun.Apply(batch, underShippedLaws.Execute(batch, RunDate).ToList()).Value)
            {
                stored += update.Events.Count + update.Charges.Count;
            }
        }

        return stored;
    }

    private static CollectionRun UnderLaws(Jurisdictions.JurisdictionRegistry laws) => CollectionRun.Create(new CollectionRunOptions(JurisdictionProfiles.France.Ladders)
    {
        Jurisdictions = laws,
        ContactHours = ContactHours.Default(BusinessCalendars.France),
    }).Value;

    private int Execute(CollectionRun collectionRun, PortfolioEntry[] entries)
    {
        var tally = new RunTally();
        var count = 0;
        foreach (var action in collectionRun.Execute(Portfolio(entries), RunDate, tally))
        {
            count += action.Kind == RunActionKind.Problem ? 1000 : 1;
        }

        return count + tally.ToSummary().Entries;
    }

    private IEnumerable<PortfolioEntry> Portfolio(PortfolioEntry[]? entries = null)
    {
        entries ??= distinct;
        for (var i = 0; i < Accounts; i++)
        {
            yield return entries[i % entries.Length];
        }
    }

    /// <summary>Three open invoices each (one not due, one a month late, one two months late), business or consumer, with or without a case.</summary>
    private static PortfolioEntry[] Build(int count, Func<int, string> country)
    {
        var entries = new PortfolioEntry[count];
        for (var i = 0; i < count; i++)
        {
            var kind = i % 4 == 0 ? DebtorKind.Consumer : DebtorKind.Business;
            var debtor = new Debtor($"D-{i}", $"Debtor {i}", kind, country(i))
            {
                Contacts = [new Contact("Payer", ContactRole.PaymentApprover) { Email = $"d{i}@example.com", Mobile = "+33 6 12 34 56 78" }],
            };
            var shift = i % 25;
            var invoices = new AccountEntry[]
            {
                new Invoice($"I-{i}-1", RunDate.PlusDays(-90 - shift), RunDate.PlusDays(-60 - shift), new Money(100m + (i % 900), Currency.EUR)),
                new Invoice($"I-{i}-2", RunDate.PlusDays(-60 - shift), RunDate.PlusDays(-30 - shift), new Money(250m + (i % 300), Currency.EUR)),
                new Invoice($"I-{i}-3", RunDate.PlusDays(-10), RunDate.PlusDays(20), new Money(80m + (i % 50), Currency.EUR)),
            };
            var account = Account.Create(debtor, invoices).Value;
            var dueDate = RunDate.PlusDays(-60 - shift);
            entries[i] = (i % 3) switch
            {
                0 => new PortfolioEntry(account),
                1 => new PortfolioEntry(account)
                {
                    Cases = [CollectionCase.Create($"C-{i}", debtor.Id, Currency.EUR, dueDate, [
                        new StepTaken(dueDate.PlusDays(1), "First reminder", StepKind.Reminder) { Channel = StepChannel.Email },
                        new StepTaken(dueDate.PlusDays(10), "Call", StepKind.Reminder) { Channel = StepChannel.CallTask },
                    ]).Value],
                },
                _ => new PortfolioEntry(account)
                {
                    Cases = [CollectionCase.Create($"C-{i}", debtor.Id, Currency.EUR, dueDate, [
                        new StepTaken(dueDate.PlusDays(1), "First reminder", StepKind.Reminder) { Channel = StepChannel.Email },
                        new PromiseMade(dueDate.PlusDays(5), RunDate.PlusDays(5), new Money(100m, Currency.EUR)),
                    ]).Value],
                },
            };
        }

        return entries;
    }
}
