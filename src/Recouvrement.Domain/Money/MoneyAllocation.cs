using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using System.Text;
using Ardalis.Result;
using Recouvrement.Internal;

namespace Recouvrement;

/// <summary>
/// The explained result of dividing an amount without losing a minor unit: the parts, the weights they follow, and
/// where the leftover minor units went. Made by <see cref="Split"/> or <see cref="ByWeights"/>, which check the
/// caller's data and report every problem at once.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class MoneyAllocation
{
    private MoneyAllocation(Money total, decimal[] weights, Money[] parts, RemainderPlacement placement, int remainderUnits)
    {
        Total = total;
        Weights = new ReadOnlyCollection<decimal>(weights);
        Parts = new ReadOnlyCollection<Money>(parts);
        RemainderPlacement = placement;
        RemainderUnits = remainderUnits;
    }

    /// <summary>
    /// The most parts an allocation makes: 100,000. <see cref="Split"/> and <see cref="ByWeights"/> refuse more with an
    /// <see cref="ErrorCodes.OutOfRange"/> error; <see cref="Money.Split"/> and <see cref="Money.Allocate"/> throw.
    /// </summary>
    /// <remarks>
    /// No debt is collected in more parts than that (a monthly plan over a century is 1,200 instalments, a ledger's
    /// open items a few thousand); the bound keeps a stray count from asking for gigabytes of parts.
    /// </remarks>
    public const int MaxParts = 100_000;

    /// <summary>Gets the amount that was divided; the parts always sum to it.</summary>
    public Money Total { get; }

    /// <summary>Gets the weight of each part (all 1 for an equal split).</summary>
    public IReadOnlyList<decimal> Weights { get; }

    /// <summary>Gets the parts, in the order of the weights.</summary>
    public IReadOnlyList<Money> Parts { get; }

    /// <summary>Gets which parts received the leftover minor units first.</summary>
    public RemainderPlacement RemainderPlacement { get; }

    /// <summary>Gets how many leftover minor units were handed out, one per part, beyond the proportional shares.</summary>
    public int RemainderUnits { get; }

    /// <summary>Splits <paramref name="total"/> into <paramref name="parts"/> equal parts (see <see cref="Money.Split"/>).</summary>
    /// <param name="total">
    /// The amount, a whole number of minor units, at most <see cref="decimal.MaxValue"/> of them in magnitude
    /// (792,281,625,142,643,375,935,439,503.35 EUR).
    /// </param>
    /// <param name="parts">The number of parts, from 1 to <see cref="MaxParts"/>.</param>
    /// <param name="placement">Which parts receive the leftover minor units.</param>
    /// <returns>The allocation, or an invalid result naming every problem with the arguments.</returns>
    public static Result<MoneyAllocation> Split(Money total, int parts, RemainderPlacement placement = RemainderPlacement.First)
    {
        var errors = CheckCommon(total, placement);
        if (parts < 1)
        {
            errors.Add(nameof(parts), parts, "must be at least 1", ErrorCodes.OutOfRange);
        }
        else if (parts > MaxParts)
        {
            errors.Add(nameof(parts), parts, $"must be at most {MaxParts}", ErrorCodes.OutOfRange);
        }

        return errors.ToResult(() =>
        {
            var result = new Money[parts];
            var extra = total.SplitInto(result, placement);
            return new MoneyAllocation(total, Enumerable.Repeat(1m, parts).ToArray(), result, placement, extra);
        });
    }

    /// <summary>Allocates <paramref name="total"/> in proportion to <paramref name="weights"/> (see <see cref="Money.Allocate"/>).</summary>
    /// <param name="total">
    /// The amount, a whole number of minor units, at most <see cref="decimal.MaxValue"/> of them in magnitude
    /// (792,281,625,142,643,375,935,439,503.35 EUR).
    /// </param>
    /// <param name="weights">
    /// From 1 to <see cref="MaxParts"/> non-negative weights, at least one positive, summing within the range of
    /// <see cref="decimal"/>; any precision a <see cref="decimal"/> holds; copied, never kept.
    /// </param>
    /// <param name="placement">Which of equally deserving parts receive leftover minor units first.</param>
    /// <returns>The allocation, or an invalid result naming every problem with the arguments.</returns>
    public static Result<MoneyAllocation> ByWeights(
        Money total,
        IEnumerable<decimal>? weights,
        RemainderPlacement placement = RemainderPlacement.First)
    {
        var errors = CheckCommon(total, placement);
        var copy = weights?.ToArray();
        if (copy is null || copy.Length == 0)
        {
            errors.Add(nameof(weights), copy?.Length ?? (object?)null, "must hold at least one weight", ErrorCodes.Required);
        }
        else if (copy.Length > MaxParts)
        {
            errors.Add(nameof(weights), copy.Length, $"must hold at most {MaxParts} weights", ErrorCodes.OutOfRange);
        }
        else
        {
            var sum = 0m;
            var overflow = false;
            for (var i = 0; i < copy.Length; i++)
            {
                if (copy[i] < 0m)
                {
                    errors.Add($"{nameof(weights)}[{i}]", copy[i], "must not be negative", ErrorCodes.OutOfRange);
                }
                else if (!overflow)
                {
                    overflow = decimal.MaxValue - copy[i] < sum;
                    sum = overflow ? sum : sum + copy[i];
                }
            }

            if (overflow)
            {
                errors.Add(nameof(weights), copy.Length, "sum beyond the range of decimal", ErrorCodes.Overflow);
            }
            else if (sum == 0m)
            {
                errors.Add(nameof(weights), 0m, "sum to zero: at least one weight must be positive", ErrorCodes.OutOfRange);
            }
        }

        return errors.ToResult(() =>
        {
            var result = new Money[copy!.Length];
            var extra = total.AllocateInto(copy, result, placement);
            return new MoneyAllocation(total, copy, result, placement, extra);
        });
    }

    /// <summary>
    /// Renders the allocation as a breakdown a person can check: one line per part with its weight, then the
    /// leftover minor units and the total, with the invariant culture.
    /// </summary>
    /// <returns>The breakdown, one line per row.</returns>
    public override string ToString()
    {
        var currency = Total.Currency;
        var text = new StringBuilder();
        var equal = Weights.All(w => w == 1m);
        text.Append("Allocation of ").Append(Total).Append(" into ").Append(Parts.Count)
            .Append(Parts.Count == 1 ? " part" : " parts")
            .AppendLine(equal ? " of equal weight" : " by weight");
        for (var i = 0; i < Parts.Count; i++)
        {
            text.Append("  #").Append((i + 1).ToString(CultureInfo.InvariantCulture).PadRight(4))
                .Append(" weight ").Append(Weights[i].ToString(CultureInfo.InvariantCulture).PadRight(8))
                .Append(' ').AppendLine(Parts[i].ToString());
        }

        text.Append("Leftover: ").Append(RemainderUnits.ToString(CultureInfo.InvariantCulture))
            .Append(" × ").Append(new Money(currency.MinorUnit, currency))
            .Append(RemainderUnits == 0 ? string.Empty : LeftoverRule(equal))
            .AppendLine();
        text.Append("Total: ").Append(Total);
        return text.ToString();
    }

    private string LeftoverRule(bool equal)
    {
        var side = RemainderPlacement == RemainderPlacement.First ? "first" : "last";
        return equal
            ? $", one each to the {side} parts"
            : $", one each to the parts with the largest remainders (ties: {side} parts first)";
    }

    private static ValidationErrors CheckCommon(Money total, RemainderPlacement placement)
    {
        var errors = new ValidationErrors();
        if (Math.Abs(total.Amount) > decimal.MaxValue / total.Currency.Factor)
        {
            errors.Add(nameof(total), total, "is too large to count in minor units", ErrorCodes.Overflow);
        }
        else if (!total.IsWholeMinorUnits)
        {
            errors.Add(
                nameof(total),
                total,
                $"holds a fraction of a minor unit of {total.Currency.Code}: round it first",
                ErrorCodes.SubMinorUnit);
        }

        if (placement is not (RemainderPlacement.First or RemainderPlacement.Last))
        {
            errors.Add(nameof(placement), placement, "is not a defined remainder placement", ErrorCodes.OutOfRange);
        }

        return errors;
    }
}
