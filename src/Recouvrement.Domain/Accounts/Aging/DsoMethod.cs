namespace Recouvrement.Accounts;

/// <summary>How days sales outstanding are computed.</summary>
public enum DsoMethod
{
    /// <summary>Receivables ÷ sales of the period × days of the period.</summary>
    Standard = 0,

    /// <summary>Receivables matched against the most recent months' sales, month by month, back in time.</summary>
    Countback = 1,
}
