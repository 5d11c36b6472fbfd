namespace Recouvrement.Reasons;

/// <summary>How <see cref="ReasonStatistics"/> groups observations over time.</summary>
public enum StatisticsPeriod
{
    /// <summary>By calendar month.</summary>
    Month,

    /// <summary>By calendar quarter.</summary>
    Quarter,

    /// <summary>By calendar year.</summary>
    Year,
}
