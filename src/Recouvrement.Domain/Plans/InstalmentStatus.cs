namespace Recouvrement.Plans;

/// <summary>Where an instalment stands on a date.</summary>
public enum InstalmentStatus
{
    /// <summary>Not due yet, nothing paid.</summary>
    Upcoming,

    /// <summary>Paid in full.</summary>
    Paid,

    /// <summary>Partly paid, and not late (not due yet, or within the grace days).</summary>
    PartlyPaid,

    /// <summary>Due, within the grace days, not paid in full.</summary>
    Due,

    /// <summary>Past its due date and the grace days, not paid in full.</summary>
    Late,
}
