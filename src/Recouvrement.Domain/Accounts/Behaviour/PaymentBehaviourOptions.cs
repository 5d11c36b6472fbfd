namespace Recouvrement.Accounts;

/// <summary>Thresholds of <see cref="PaymentBehaviour"/>: when is a debtor chronically late, and when has their habit changed.</summary>
/// <remarks>Immutable once built; validated by <see cref="PaymentBehaviour.Of"/>.</remarks>
public sealed class PaymentBehaviourOptions
{
    /// <summary>Gets the default options.</summary>
    public static PaymentBehaviourOptions Default { get; } = new();

    /// <summary>Gets the days after the due date still counted as on time.</summary>
    /// <value>The default value is 0.</value>
    public int GraceDays { get; init; }

    /// <summary>Gets the number of paid items below which no verdict is given.</summary>
    /// <value>The default value is 3.</value>
    public int MinimumPaidItems { get; init; } = 3;

    /// <summary>Gets the share of items paid late (0 to 1) from which a debtor can be chronically late.</summary>
    /// <value>The default value is 0.5.</value>
    public decimal LateShareThreshold { get; init; } = 0.5m;

    /// <summary>Gets the amount-weighted average days late from which a debtor can be chronically late.</summary>
    /// <value>The default value is 15 (seed 002: paying over 30 days late makes failure six times likelier).</value>
    public decimal WeightedDaysLateThreshold { get; init; } = 15m;

    /// <summary>Gets the change in average days late, between the older and the recent half, that counts as a trend.</summary>
    /// <value>The default value is 5.</value>
    public decimal TrendDays { get; init; } = 5m;
}
