using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>
/// How a debtor pays, read from the principal items they settled by payment: average and amount-weighted days late,
/// share paid late, trend, and whether they are chronically late (seed 004 "Quoi ?").
/// </summary>
public sealed record PaymentBehaviour
{
    /// <summary>Initializes a new instance of the <see cref="PaymentBehaviour"/> record.</summary>
    /// <param name="paidItems">The number of principal items settled by payment.</param>
    /// <param name="paidLate">How many of them were settled after the due date plus grace.</param>
    /// <param name="shareLate">PaidLate ÷ PaidItems, 0 when none.</param>
    /// <param name="averageDaysLate">The average days late (early payment counts as 0).</param>
    /// <param name="weightedDaysLate">The average days late weighted by the items' amounts.</param>
    /// <param name="trend">Whether recent items were paid sooner or later than earlier ones.</param>
    /// <param name="isChronicallyLate">Whether the thresholds of <see cref="PaymentBehaviourOptions"/> are all met.</param>
    /// <param name="reasons">The facts behind the verdict, in words; copied.</param>
    public PaymentBehaviour(int paidItems, int paidLate, decimal shareLate, decimal averageDaysLate, decimal weightedDaysLate, PaymentTrend trend, bool isChronicallyLate, IReadOnlyList<string> reasons)
    {
        PaidItems = paidItems;
        PaidLate = paidLate;
        ShareLate = shareLate;
        AverageDaysLate = averageDaysLate;
        WeightedDaysLate = weightedDaysLate;
        Trend = trend;
        IsChronicallyLate = isChronicallyLate;
        Reasons = ValueList.OrNull(reasons);
    }

    /// <summary>Gets the number of principal items settled by payment.</summary>
    public int PaidItems { get; init; }

    /// <summary>Gets how many of them were settled after the due date plus grace.</summary>
    public int PaidLate { get; init; }

    /// <summary>Gets the share paid late, <see cref="PaidLate"/> ÷ <see cref="PaidItems"/>, 0 when none.</summary>
    public decimal ShareLate { get; init; }

    /// <summary>Gets the average days late (early payment counts as 0).</summary>
    public decimal AverageDaysLate { get; init; }

    /// <summary>Gets the average days late weighted by the items' amounts.</summary>
    public decimal WeightedDaysLate { get; init; }

    /// <summary>Gets a value indicating whether recent items were paid sooner or later than earlier ones.</summary>
    public PaymentTrend Trend { get; init; }

    /// <summary>Gets a value indicating whether the thresholds of <see cref="PaymentBehaviourOptions"/> are all met.</summary>
    public bool IsChronicallyLate { get; init; }

    /// <summary>Gets the facts behind the verdict, in words. Copied: compared by content.</summary>
    public IReadOnlyList<string> Reasons { get; init => field = ValueList.OrNull(value); }

    /// <summary>Reads the payment behaviour from a statement.</summary>
    /// <param name="statement">The statement.</param>
    /// <param name="options">The thresholds; <see cref="PaymentBehaviourOptions.Default"/> when null.</param>
    /// <returns>The behaviour.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statement"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is out of range (negative days, a share outside 0..1).</exception>
    public static PaymentBehaviour Of(AccountStatement statement, PaymentBehaviourOptions? options = null)
    {
        Preconditions.CheckNotNull(statement, nameof(statement));
        var o = options ?? PaymentBehaviourOptions.Default;
        CheckOptions(o);

        var paid = statement.Items
            .Where(i => !i.Kind.IsCharge && i.SettledOn is not null && i.Paid.IsPositive)
            .OrderBy(i => i.SettledOn!.Value)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .Select(i => (Item: i, Late: i.DaysLate))
            .ToArray();
        if (paid.Length == 0)
        {
            return new PaymentBehaviour(0, 0, 0m, 0m, 0m, PaymentTrend.NotEnoughData, false, NoPayment);
        }

        var late = paid.Count(p => p.Late > o.GraceDays);
        var share = (decimal)late / paid.Length;
        var average = (decimal)paid.Sum(p => p.Late) / paid.Length;
        var weight = paid.Sum(p => p.Item.Amount.Amount);
        var weighted = weight == 0m ? 0m : paid.Sum(p => p.Late * p.Item.Amount.Amount) / weight;
        var trend = TrendOf(paid.Select(p => p.Late).ToArray(), o);

        var chronic = paid.Length >= o.MinimumPaidItems && share >= o.LateShareThreshold && weighted >= o.WeightedDaysLateThreshold;
        var reasons = ValueList.Adopt(new[]
        {
            string.Format(CultureInfo.InvariantCulture, "{0} of {1} paid items settled late ({2:0%})", late, paid.Length, share),
            string.Format(CultureInfo.InvariantCulture, "Average {0:0.0} days late, {1:0.0} weighted by amount", average, weighted),
            $"Trend: {trend}",
            chronic
                ? string.Format(CultureInfo.InvariantCulture, "Chronically late: at least {0:0%} paid late and {1:0.#} days late by amount", o.LateShareThreshold, o.WeightedDaysLateThreshold)
                : paid.Length < o.MinimumPaidItems
                    ? $"Too few paid items for a verdict (fewer than {o.MinimumPaidItems})"
                    : "Not chronically late",
        });
        return new PaymentBehaviour(paid.Length, late, share, average, weighted, trend, chronic, reasons);
    }

    /// <summary>Gets the reasons when nothing was paid yet: one list for every such behaviour.</summary>
    private static ValueList<string> NoPayment { get; } = ValueList.Adopt(new[] { "No item settled by payment yet" });

    private static PaymentTrend TrendOf(int[] daysLate, PaymentBehaviourOptions options)
    {
        if (daysLate.Length < 4)
        {
            return PaymentTrend.NotEnoughData;
        }

        var half = daysLate.Length / 2;
        var older = daysLate.Take(half).Average();
        var recent = daysLate.Skip(daysLate.Length - half).Average();
        var change = (decimal)(recent - older);
        return change >= options.TrendDays ? PaymentTrend.Worsening
            : change <= -options.TrendDays ? PaymentTrend.Improving
            : PaymentTrend.Stable;
    }

    private static void CheckOptions(PaymentBehaviourOptions options)
    {
        Preconditions.CheckArgument(options.GraceDays >= 0, nameof(options), "GraceDays must not be negative.");
        Preconditions.CheckArgument(options.MinimumPaidItems >= 1, nameof(options), "MinimumPaidItems must be at least 1.");
        Preconditions.CheckArgument(options.LateShareThreshold is >= 0m and <= 1m, nameof(options), "LateShareThreshold must be between 0 and 1.");
        Preconditions.CheckArgument(options.WeightedDaysLateThreshold >= 0m, nameof(options), "WeightedDaysLateThreshold must not be negative.");
        Preconditions.CheckArgument(options.TrendDays > 0m, nameof(options), "TrendDays must be positive.");
    }
}
