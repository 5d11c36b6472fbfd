namespace Recouvrement.Penalties;

/// <summary>
/// The figures of a penalty calculation without its breakdown, from
/// <see cref="PenaltyCalculator.TryCalculateTotal"/>: what a run over a whole portfolio posts.
/// </summary>
/// <param name="Interest">The interest, rounded once to the minor unit.</param>
/// <param name="InterestPaid">The part of the interest settlements already paid (interest first, C. civ. 1343-1).</param>
/// <param name="Compensation">The fixed compensation for recovery costs; zero when not owed or already charged.</param>
public readonly record struct PenaltyTotal(Money Interest, Money InterestPaid, Money Compensation)
{
    /// <summary>Gets what is still owed: interest not yet paid plus the compensation.</summary>
    public Money Total => Interest - InterestPaid + Compensation;
}
