using BenchmarkDotNet.Attributes;
using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Penalties;

namespace Recouvrement.Benchmarks;

/// <summary>
/// One invoice two years overdue, crossing four rate periods, with two partial payments (issue 4: under 1 µs with the
/// breakdown, under 200 ns and no allocation for the total only).
/// </summary>
[MemoryDiagnoser]
public class PenaltyBenchmarks
{
    private static readonly LatePaymentRule France = LatePaymentRule.FranceBusiness();
    private readonly LateInvoice invoice = new("F-2023-118", new Money(25_000m, Currency.EUR), new LocalDate(2023, 12, 31))
    {
        Settlements =
        [
            new Settlement(new LocalDate(2024, 5, 15), new Money(5_000m, Currency.EUR)),
            new Settlement(new LocalDate(2025, 2, 10), new Money(7_500m, Currency.EUR)),
        ],
    };

    private readonly LocalDate asOf = new(2025, 12, 31);

    [Benchmark(Description = "France B2B, 2 years, 4 periods, 2 payments, with breakdown")]
    public PenaltyBreakdown WithBreakdown()
        => PenaltyCalculator.Calculate(invoice, DebtorKind.Business, France, asOf, carryLastRateForward: true).Value;

    [Benchmark(Description = "Same invoice, total only")]
    public Money TotalOnly()
    {
        PenaltyCalculator.TryCalculateTotal(invoice, DebtorKind.Business, France, asOf, out var total, out _, carryLastRateForward: true);
        return total.Total;
    }
}
