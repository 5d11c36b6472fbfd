namespace Recouvrement.Calendars;

/// <summary>How a date that falls on a non-business day is moved (ISDA conventions).</summary>
public enum BusinessDayConvention
{
    /// <summary>Not moved.</summary>
    Unadjusted,

    /// <summary>To the next business day.</summary>
    Following,

    /// <summary>To the next business day, unless that is in the next month: then to the previous business day.</summary>
    ModifiedFollowing,

    /// <summary>To the previous business day.</summary>
    Preceding,
}
