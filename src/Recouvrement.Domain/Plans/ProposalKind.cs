namespace Recouvrement.Plans;

/// <summary>What a proposed plan optimises.</summary>
public enum ProposalKind
{
    /// <summary>The fewest instalments the debtor's declared capacity allows, in equal instalments.</summary>
    Shortest,

    /// <summary>One instalment more than the shortest, in equal instalments: a margin below the capacity for the unexpected.</summary>
    WithMargin,

    /// <summary>
    /// The lowest instalment the maximum term allows: offered only when the capacity cannot repay the debt within it, so
    /// that the collector sees the gap.
    /// </summary>
    LowestInstalment,

    /// <summary>As many equal instalments as the creditor's minimum allows: offered only when the declared capacity is below it.</summary>
    AtMinimum,
}
