namespace Recouvrement.Accounts;

/// <summary>Whether a debtor pays sooner or later than before.</summary>
public enum PaymentTrend
{
    /// <summary>Too few paid items to tell.</summary>
    NotEnoughData = 0,

    /// <summary>Recent items were paid sooner than earlier ones.</summary>
    Improving = 1,

    /// <summary>No clear change.</summary>
    Stable = 2,

    /// <summary>Recent items were paid later than earlier ones.</summary>
    Worsening = 3,
}
