namespace Recouvrement.Plans;

/// <summary>What monthly instalments do after a month too short for their day (31 January + 1 month = 28 or 29 February).</summary>
public enum MonthEndRule
{
    /// <summary>Keep the shortened day: 31 January, 28 February, 28 March…</summary>
    KeepShortenedDay,

    /// <summary>Go back to the first instalment's day when the month has it: 31 January, 28 February, 31 March…</summary>
    ReturnToAnchorDay,
}
