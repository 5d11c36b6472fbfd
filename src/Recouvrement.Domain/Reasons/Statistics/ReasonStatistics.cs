using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Ardalis.Result;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Reasons;

/// <summary>
/// Why a company is not paid: counts and amounts per reason and per family, and per family over time, so that it can act
/// on the causes (seed 000 §2).
/// </summary>
/// <remarks>This type is immutable and thread-safe. Tallies are ordered by amount, largest first, then by value.</remarks>
public sealed class ReasonStatistics
{
    private ReasonStatistics(Money total, int count, ReasonTally[] byReason, ReasonTally[] byFamily, ReasonTally[] byPeriod)
    {
        Total = total;
        Count = count;
        ByReason = byReason;
        ByFamily = byFamily;
        ByPeriod = byPeriod;
    }

    /// <summary>Gets the amount of all observations.</summary>
    public Money Total { get; }

    /// <summary>Gets the number of observations.</summary>
    public int Count { get; }

    /// <summary>Gets one tally per reason observed.</summary>
    public IReadOnlyList<ReasonTally> ByReason { get; }

    /// <summary>Gets one tally per family observed.</summary>
    public IReadOnlyList<ReasonTally> ByFamily { get; }

    /// <summary>Gets one tally per period and family observed, oldest period first.</summary>
    public IReadOnlyList<ReasonTally> ByPeriod { get; }

    /// <summary>Counts observations.</summary>
    /// <param name="observations">The observations; all in <paramref name="currency"/>.</param>
    /// <param name="currency">The currency of the statistics.</param>
    /// <param name="period">How to group over time.</param>
    /// <returns>The statistics, or an invalid result naming every bad observation.</returns>
    public static Result<ReasonStatistics> Compute(IEnumerable<ReasonObservation?>? observations, Currency? currency, StatisticsPeriod period = StatisticsPeriod.Month)
    {
        var errors = new ValidationErrors();
        if (currency is null)
        {
            errors.Add(nameof(currency), null, "must be given", ErrorCodes.Required);
        }

        var list = observations?.ToArray() ?? [];
        if (observations is null)
        {
            errors.Add(nameof(observations), null, "must be given", ErrorCodes.Required);
        }

        for (var i = 0; i < list.Length; i++)
        {
            var observation = list[i];
            if (observation is null || observation.Reason is null)
            {
                errors.Add(observation is null ? $"observations[{i}]" : $"observations[{i}].Reason", null, "must not be null", ErrorCodes.Required);
            }
            else if (currency is not null && !observation.Amount.Currency.Equals(currency))
            {
                errors.Add($"observations[{i}].Amount", observation.Amount, $"is not in {currency.Code}", ErrorCodes.CurrencyMismatch);
            }
            else if (observation.Amount.IsNegative)
            {
                errors.Add($"observations[{i}].Amount", observation.Amount, "must not be negative", ErrorCodes.OutOfRange);
            }
        }

        if (errors.HasErrors)
        {
            return errors.ToInvalid<ReasonStatistics>();
        }

        var valid = list.Select(o => o!).ToArray();
        var total = valid.Aggregate(Money.Zero(currency!), (sum, o) => sum + o.Amount);
        var byReason = Tallies(valid.GroupBy(o => o.Reason), g => (g.Key.Family, g.Key, null), total);
        var byFamily = Tallies(valid.GroupBy(o => o.Reason.Family), g => (g.Key, null, null), total);
        var byPeriod = valid
            .GroupBy(o => PeriodStart(o.Date, period))
            .OrderBy(g => g.Key)
            .SelectMany(p =>
            {
                var periodTotal = p.Aggregate(Money.Zero(currency!), (sum, o) => sum + o.Amount);
                return Tallies(p.GroupBy(o => o.Reason.Family), g => (g.Key, null, p.Key), periodTotal);
            })
            .ToArray();
        return Result<ReasonStatistics>.Success(new ReasonStatistics(total, valid.Length, byReason, byFamily, byPeriod));
    }

    /// <summary>Renders the statistics as a table, in French for a French culture, in English otherwise.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The table, the same on every machine.</returns>
    public string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        var text = new StringBuilder();
        text.AppendLine(wording.Pick($"Unpaid reasons: {Count} observations, {Wording.English.Amount(Total)}", $"Motifs d'impayé : {Count} observations, {Wording.French.Amount(Total)}"));
        foreach (var family in ByFamily)
        {
            text.Append("  ").AppendLine(Line(family.Family.LabelIn(wording), family, wording));
            foreach (var reason in ByReason.Where(r => r.Family == family.Family))
            {
                text.Append("    ").AppendLine(Line(reason.Reason!.LabelIn(wording), reason, wording));
            }
        }

        return text.ToString().TrimEnd();
    }

    /// <inheritdoc/>
    public override string ToString() => Describe(CultureInfo.InvariantCulture);

    private static string Line(string label, ReasonTally tally, Wording wording)
        => $"{label}{(wording.Pick(": ", " : "))}{tally.Count} × {wording.Amount(tally.Amount)} ({(tally.ShareOfAmount * 100m).ToString("0.0", wording.Numbers)}\u00a0%)";

    private static ReasonTally[] Tallies<TKey>(
        IEnumerable<IGrouping<TKey, ReasonObservation>> groups,
        System.Func<IGrouping<TKey, ReasonObservation>, (ReasonFamily Family, UnpaidReason? Reason, LocalDate? Period)> key,
        Money total)
        => groups
            .Select(g =>
            {
                var (family, reason, start) = key(g);
                var amount = g.Aggregate(Money.Zero(total.Currency), (sum, o) => sum + o.Amount);
                return new ReasonTally(family, reason, start, g.Count(), amount, total.IsZero ? 0m : amount.Amount / total.Amount);
            })
            .OrderByDescending(t => t.Amount.Amount)
            .ThenBy(t => t.Family.Value)
            .ThenBy(t => t.Reason?.Value ?? 0)
            .ToArray();

    private static LocalDate PeriodStart(LocalDate date, StatisticsPeriod period) => period switch
    {
        StatisticsPeriod.Year => new LocalDate(date.Year, 1, 1),
        StatisticsPeriod.Quarter => new LocalDate(date.Year, (((date.Month - 1) / 3) * 3) + 1, 1),
        _ => new LocalDate(date.Year, date.Month, 1),
    };
}
