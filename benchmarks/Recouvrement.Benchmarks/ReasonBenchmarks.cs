using BenchmarkDotNet.Attributes;
using NodaTime;
using Recouvrement.Reasons;

namespace Recouvrement.Benchmarks;

/// <summary>Classify an account with 10 signals (issue 5: under 300 ns, no allocation beyond the result).</summary>
[MemoryDiagnoser]
public class ReasonBenchmarks
{
    private static readonly LocalDate AsOf = new(2026, 11, 20);
    private readonly ReasonContext context = new(AsOf) { DaysPastDue = 35, ChronicallyLate = false };
    private readonly ReasonSignal[] signals =
    [
        new DirectDebitReturned(AsOf.PlusDays(-60), "AM04"),
        new DirectDebitReturned(AsOf.PlusDays(-30), "AM04"),
        new CardDeclined(AsOf.PlusDays(-25), "ExpiredCard"),
        new DisputeOpened(AsOf.PlusDays(-40), "D-1", UnpaidReason.InvoiceError) { ItemIds = ["INV-3"] },
        new DisputeClosed(AsOf.PlusDays(-20), "D-1"),
        new DeclaredReason(AsOf.PlusDays(-10), UnpaidReason.JobLoss),
        new SolvencyEnquiry(AsOf.PlusDays(-90), SolvencyOutcome.Doubtful),
        new SolvencyEnquiry(AsOf.PlusDays(-15), SolvencyOutcome.Good),
        new PromiseBroken(AsOf.PlusDays(-8)),
        new ContactDataMissing(AsOf.PlusDays(-5)),
    ];

    [Benchmark(Description = "Classify 10 signals")]
    public ClassifiedReason Classify() => ReasonClassifier.Default.Classify(signals, context).Value.Primary;
}
