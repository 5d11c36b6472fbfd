using BenchmarkDotNet.Attributes;
using Recouvrement;

namespace Recouvrement.Benchmarks;

/// <summary>The money kernel, each operation beside its bare <see cref="decimal"/> baseline.</summary>
[MemoryDiagnoser]
public class MoneyBenchmarks
{
    private static readonly decimal[] TwelveWeights = [5m, 1m, 2m, 3m, 8m, 13m, 21m, 34m, 1m, 1m, 2m, 7m];
    private readonly Money invoice = new(1_000.00m, Currency.EUR);
    private readonly Money payment = new(123.45m, Currency.EUR);
    private readonly Money interest = new(12.345678m, Currency.EUR);
    private readonly decimal invoiceAmount = 1_000.00m;
    private readonly decimal paymentAmount = 123.45m;
    private readonly decimal interestAmount = 12.345678m;

    [Benchmark(Baseline = true, Description = "decimal +")]
    public decimal DecimalAdd() => invoiceAmount + paymentAmount;

    [Benchmark(Description = "Money +")]
    public Money Add() => invoice + payment;

    [Benchmark(Description = "decimal Math.Round")]
    public decimal DecimalRound() => Math.Round(interestAmount, 2, MidpointRounding.AwayFromZero);

    [Benchmark(Description = "Money.Round")]
    public Money Round() => interest.Round();

    [Benchmark(Description = "Money.Split(12)")]
    public Money[] Split12() => invoice.Split(12);

    [Benchmark(Description = "Money.Allocate(12 weights)")]
    public Money[] Allocate12() => invoice.Allocate(TwelveWeights);
}
