namespace Recouvrement.Penalties;

/// <summary>
/// Where the accrual walk hands rate periods, missing rates and interest lines: the totals alone, or a breakdown. A
/// value type implements it, so that the walk is compiled for it and calls it directly.
/// </summary>
internal interface IAccrualSink
{
    /// <summary>A rate period starts (day numbers); returns its index for the lines that follow.</summary>
    int Period(int from, int to, in RateSpan span);

    /// <summary>The span's rate is not known.</summary>
    void Missing(in RateSpan span);

    /// <summary>An interest line.</summary>
    void Line(in Accrual line);
}
