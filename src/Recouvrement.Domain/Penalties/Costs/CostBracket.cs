namespace Recouvrement.Penalties;

/// <summary>One bracket of a <see cref="CollectionCostScale"/>: for a principal above <paramref name="Above"/>, a fixed sum plus a share of the part above it.</summary>
/// <param name="Above">Where the bracket starts: principals strictly above it (zero for the first bracket).</param>
/// <param name="Fixed">The sum the bracket starts from: what the brackets below give at their top.</param>
/// <param name="Percent">The share of the part of the principal above <paramref name="Above"/>, in percent.</param>
public sealed record CostBracket(Money Above, Money Fixed, decimal Percent);
