using BenchmarkDotNet.Attributes;
using NodaTime;
using Recouvrement.Calendars;
using Recouvrement.Scheduling;

namespace Recouvrement.Benchmarks;

/// <summary>Business-day arithmetic (issue 8: without allocation).</summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private readonly BusinessCalendar france = BusinessCalendars.France;
    private readonly LocalDate start = new(2026, 12, 18);

    [Benchmark(Description = "France: is a business day")]
    public bool IsBusinessDay() => france.IsBusinessDay(start);

    [Benchmark(Description = "France: add 20 business days over Christmas")]
    public LocalDate AddBusinessDays() => france.AddBusinessDays(start, 20);
}
