using BenchmarkDotNet.Attributes;
using NodaTime;
using Recouvrement.Calendars;
using Recouvrement.Scheduling;

namespace Recouvrement.Benchmarks;

/// <summary>
/// Business-day arithmetic (issue 8: without allocation; issue 26: independent of the distance). The baseline walks
/// day by day, asking the calendar about each day, as <see cref="BusinessDays"/> did before issue 26; every other
/// figure reads against it.
/// </summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private readonly BusinessCalendar france = BusinessCalendars.France;
    private readonly IBusinessCalendar franceAndGermany = BusinessCalendar.Joint("France and Germany", BusinessCalendars.France, BusinessCalendars.Germany);
    private readonly LocalDate start = new(2026, 12, 18);
    private readonly LocalDate yearLater = new(2027, 12, 18);

    [Benchmark(Baseline = true, Description = "Baseline: walk 10 business days, a look-up per day")]
    public LocalDate WalkTen()
    {
        var date = start;
        for (var left = 10; left > 0;)
        {
            date = date.PlusDays(1);
            left -= france.IsBusinessDay(date) ? 1 : 0;
        }

        return date;
    }

    [Benchmark(Description = "France: is a business day")]
    public bool IsBusinessDay() => france.IsBusinessDay(start);

    [Benchmark(Description = "France: add 10 business days over Christmas")]
    public LocalDate AddTen() => france.AddBusinessDays(start, 10);

    [Benchmark(Description = "France: add 20 business days over Christmas")]
    public LocalDate AddBusinessDays() => france.AddBusinessDays(start, 20);

    [Benchmark(Description = "France: add 100 business days")]
    public LocalDate AddHundred() => france.AddBusinessDays(start, 100);

    [Benchmark(Description = "France: add 250 business days")]
    public LocalDate AddTwoHundredFifty() => france.AddBusinessDays(start, 250);

    [Benchmark(Description = "France: take 20 business days back")]
    public LocalDate SubtractTwenty() => france.AddBusinessDays(start, -20);

    [Benchmark(Description = "France: business days between two dates a year apart")]
    public int BetweenOverAYear() => france.BusinessDaysBetween(start, yearLater);

    [Benchmark(Description = "France and Germany: add 20 business days over Christmas")]
    public LocalDate JointAddTwenty() => franceAndGermany.AddBusinessDays(start, 20);
}
