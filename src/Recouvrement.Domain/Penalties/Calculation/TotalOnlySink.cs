namespace Recouvrement.Penalties;

/// <summary>Keeps nothing but whether a rate was missing: the allocation-free path of a run over a portfolio.</summary>
internal struct TotalOnlySink : IAccrualSink
{
    /// <summary>Gets the first series found missing a rate.</summary>
    public ReferenceRateSeries? MissingIn { get; private set; }

    /// <inheritdoc/>
    public readonly int Period(int from, int to, in RateSpan span) => 0;

    /// <inheritdoc/>
    public void Missing(in RateSpan span) => MissingIn ??= span.MissingIn;

    /// <inheritdoc/>
    public readonly void Line(in Accrual line)
    {
    }
}
