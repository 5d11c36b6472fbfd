namespace Recouvrement.Penalties;

/// <summary>
/// The figures of a penalty calculation without its breakdown, from
/// <see cref="PenaltyCalculator.TryCalculateTotal"/>: what a run over a whole portfolio posts.
/// </summary>
public readonly record struct PenaltyTotal
{
    /// <summary>Initializes a new instance of the <see cref="PenaltyTotal"/> struct.</summary>
    /// <param name="interest">The interest, rounded once to the minor unit.</param>
    /// <param name="interestPaid">The part of the interest settlements already paid (interest first, C. civ. 1343-1).</param>
    /// <param name="compensation">The fixed compensation for recovery costs; zero when not owed or already charged.</param>
    public PenaltyTotal(Money interest, Money interestPaid, Money compensation)
    {
        Interest = interest;
        InterestPaid = interestPaid;
        Compensation = compensation;
    }

    /// <summary>Gets the interest, rounded once to the minor unit.</summary>
    public Money Interest { get; init; }

    /// <summary>Gets the part of the interest settlements already paid (interest first, C. civ. 1343-1).</summary>
    public Money InterestPaid { get; init; }

    /// <summary>Gets the fixed compensation for recovery costs; zero when not owed or already charged.</summary>
    public Money Compensation { get; init; }

    /// <summary>Gets what is still owed: interest not yet paid plus the compensation.</summary>
    public Money Total => Interest - InterestPaid + Compensation;
}
