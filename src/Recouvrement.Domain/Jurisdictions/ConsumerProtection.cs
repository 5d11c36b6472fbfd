namespace Recouvrement.Jurisdictions;

/// <summary>
/// What a jurisdiction's consumer law asks of a creditor before it may charge or sue: whether step fees may be charged,
/// the letter that must come first, and the days it gives.
/// </summary>
public sealed record ConsumerProtection
{
    /// <summary>Initializes a new instance of the <see cref="ConsumerProtection"/> record.</summary>
    /// <param name="source">The law ("C. proc. civ. exécution art. L111-8").</param>
    public ConsumerProtection(string source)
    {
        Source = source;
    }

    /// <summary>Gets the law ("C. proc. civ. exécution art. L111-8").</summary>
    public string Source { get; init; }

    /// <summary>Gets a value indicating whether a ladder step may charge a consumer a fee (never in France without an enforceable title).</summary>
    public bool FeesAllowed { get; init; }

    /// <summary>
    /// Gets the letter the law asks for before any cost or claim (Belgium's free first reminder, the Dutch fourteen-day
    /// letter, the English letter of claim under the Pre-Action Protocol); none when null.
    /// </summary>
    public string? FirstLetter { get; init; }

    /// <summary>Gets the days that letter gives the debtor before any cost or claim (14 in Belgium and the Netherlands, 30 in England and Wales).</summary>
    public int DaysAfterFirstLetter { get; init; }

    /// <summary>
    /// Gets the collection costs the law lets a creditor charge a consumer once the first letter's days have passed
    /// unanswered (the Dutch WIK scale); none when null.
    /// </summary>
    public Penalties.CollectionCostScale? CollectionCosts { get; init; }
}
