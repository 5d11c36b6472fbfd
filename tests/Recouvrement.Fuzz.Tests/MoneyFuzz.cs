using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Recouvrement.Fuzz.Tests;

/// <summary>The money kernel: currencies, parsing, allocation and arithmetic at the edges of <see cref="decimal"/>.</summary>
[Trait("Category", "Fuzz")]
public sealed class MoneyFuzz
{
    private static readonly Gen<RemainderPlacement> Placements = Edges.Of(RemainderPlacement.First, RemainderPlacement.Last, (RemainderPlacement)99);

    private static readonly Gen<IFormatProvider?> Providers = Edges.Of<IFormatProvider?>(null, CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("fr-FR"), CultureInfo.GetCultureInfo("ja-JP"));

    [Fuzz]
    public Property Currency_create_answers_every_code_and_minor_unit_count()
        => Prop.ForAll(Edges.Texts.ToArbitrary(), Edges.Ints.ToArbitrary(), Edges.Texts.ToArbitrary(), (code, minorUnits, symbol) =>
        {
            var created = Contract.Answers(() => Currency.Create(code, minorUnits, symbol));
            _ = Contract.Answers(() => CurrencyRegistry.Default.Find(code));
            _ = Contract.Tries(() => CurrencyRegistry.Default.TryFind(code, out _));
            if (created.IsSuccess)
            {
                _ = Contract.Answers(() => CurrencyRegistry.Default.With(created.Value));
            }
        });

    [Fuzz]
    public Property Parse_answers_every_text()
        => Prop.ForAll(Edges.Texts.ToArbitrary(), Edges.Currencies.ToArbitrary(), Providers.ToArbitrary(), (text, currency, provider) =>
        {
            _ = Contract.Answers(() => Money.Parse(text, currency, provider));
            _ = Contract.Answers(() => Money.Parse(text, CurrencyRegistry.Default, provider));
        });

    [Fuzz]
    public Property Split_answers_and_an_answer_loses_nothing()
        => Prop.ForAll(Edges.Amounts.ToArbitrary(), Edges.Counts.ToArbitrary(), Placements.ToArbitrary(), (total, parts, placement) =>
        {
            var split = Contract.Answers(() => MoneyAllocation.Split(total, parts, placement));
            if (split.IsSuccess)
            {
                Assert.Equal(parts, split.Value.Parts.Count);
                Assert.Equal(total, Sum(split.Value.Parts, total.Currency));
            }

            Contract.ThrowsOnly(() => total.Split(parts, placement), typeof(ArgumentException), typeof(OverflowException), typeof(InvalidOperationException));
        });

    [Fuzz]
    public Property Allocation_by_weights_answers_and_an_answer_loses_nothing()
        => Prop.ForAll(Edges.Amounts.ToArbitrary(), Edges.Many(Edges.Decimals).ToArbitrary(), Placements.ToArbitrary(), (total, weights, placement) =>
        {
            var allocated = Contract.Answers(() => MoneyAllocation.ByWeights(total, weights, placement));
            if (allocated.IsSuccess)
            {
                Assert.Equal(weights.Length, allocated.Value.Parts.Count);
                Assert.Equal(total, Sum(allocated.Value.Parts, total.Currency));
            }

            Contract.ThrowsOnly(() => total.Allocate(weights, placement), typeof(ArgumentException), typeof(OverflowException), typeof(InvalidOperationException));
        });

    [Fuzz]
    public Property Arithmetic_throws_only_what_it_documents()
        => Prop.ForAll(Edges.Amounts.ToArbitrary(), Edges.Amounts.ToArbitrary(), Edges.Decimals.ToArbitrary(), (left, right, factor) =>
        {
            Contract.ThrowsOnly(() => left.Plus(right), typeof(ArgumentException), typeof(OverflowException));
            Contract.ThrowsOnly(() => left.Minus(right), typeof(ArgumentException), typeof(OverflowException));
            Contract.ThrowsOnly(() => left.CompareTo(right), typeof(ArgumentException));
            Contract.ThrowsOnly(() => left.Multiply(factor), typeof(OverflowException));
            Contract.ThrowsOnly(() => left.Negate(), typeof(OverflowException));
            Contract.ThrowsOnly(() => left.Round(), typeof(OverflowException));
            Contract.ThrowsOnly(() => left.Round((RoundingMode)99), typeof(ArgumentOutOfRangeException));
            Contract.ThrowsOnly(() => left.ToMinorUnits(), typeof(OverflowException), typeof(InvalidOperationException));
            Contract.ThrowsOnly(() => _ = left.ToString("C", CultureInfo.GetCultureInfo("fr-FR")) + left.ToString("N", null) + left);
            Contract.ThrowsOnly(() => AnnualRate.FromPercent(factor), typeof(OverflowException));
        });

    private static Money Sum(IEnumerable<Money> parts, Currency currency) => parts.Aggregate(Money.Zero(currency), (sum, part) => sum + part);
}
