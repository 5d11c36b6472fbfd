using BenchmarkDotNet.Attributes;
using NodaTime;
using Recouvrement.Plans;
using Recouvrement.Scheduling;

namespace Recouvrement.Benchmarks;

/// <summary>
/// Payment plans (issue 7): 36 monthly instalments moved off French non-business days in under 5 µs; tracking 36
/// instalments against 40 payments in under 3 µs.
/// </summary>
[MemoryDiagnoser]
public class PlanBenchmarks
{
    private static readonly LocalDate PlanDate = new(2026, 11, 23);

    private readonly PlanRequest request = new(new Money(10_000m, Currency.EUR), PlanDate, new LocalDate(2026, 12, 31), PlanFrequency.Monthly)
    {
        Count = 36,
        Calendar = BusinessCalendars.France,
        Convention = Calendars.BusinessDayConvention.ModifiedFollowing,
        MaxMonths = 40,
    };

    private PaymentPlan plan = null!;
    private PlanPayment[] payments = null!;
    private LocalDate asOf;

    [GlobalSetup]
    public void Setup()
    {
        plan = PaymentPlanCalculator.Calculate(request).Value;
        // 40 payments over the 30 months to date: most instalments in one payment, some in two.
        payments = [.. Enumerable.Range(0, 40).Select(i => new PlanPayment(plan.Instalments[i * 30 / 40].DueDate.PlusDays(i % 3), new Money(i % 4 == 0 ? 100m : 250m, Currency.EUR)))];
        asOf = plan.Instalments[30].DueDate;
    }

    [Benchmark(Description = "36 monthly instalments, business-day adjusted")]
    public PaymentPlan Calculate() => PaymentPlanCalculator.Calculate(request).Value;

    [Benchmark(Description = "Track 36 instalments against 40 payments")]
    public PlanTracking Track() => PlanTracker.Track(plan, payments, asOf).Value;
}
