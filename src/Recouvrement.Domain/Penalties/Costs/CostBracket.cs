namespace Recouvrement.Penalties;

/// <summary>One bracket of a <see cref="CollectionCostScale"/>: for a principal above <see cref="Above"/>, a fixed sum plus a share of the part above it.</summary>
public sealed record CostBracket
{
    /// <summary>Initializes a new instance of the <see cref="CostBracket"/> record.</summary>
    /// <param name="above">Where the bracket starts: principals strictly above it (zero for the first bracket).</param>
    /// <param name="fixed">The sum the bracket starts from: what the brackets below give at their top.</param>
    /// <param name="percent">The share of the part of the principal above <paramref name="above"/>, in percent.</param>
    public CostBracket(Money above, Money @fixed, decimal percent)
    {
        Above = above;
        Fixed = @fixed;
        Percent = percent;
    }

    /// <summary>Gets where the bracket starts: principals strictly above it (zero for the first bracket).</summary>
    public Money Above { get; init; }

    /// <summary>Gets the sum the bracket starts from: what the brackets below give at their top.</summary>
    public Money Fixed { get; init; }

    /// <summary>Gets the share of the part of the principal above <see cref="Above"/>, in percent.</summary>
    public decimal Percent { get; init; }
}
