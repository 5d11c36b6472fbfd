namespace Recouvrement.Plans;

/// <summary>What a proposed plan optimises.</summary>
public enum ProposalKind
{
    /// <summary>The fewest instalments: each at the debtor's declared capacity.</summary>
    Shortest,

    /// <summary>Midway between the shortest and the lowest instalment.</summary>
    Balanced,

    /// <summary>The lowest instalment: as many as the maximum duration allows.</summary>
    LowestInstalment,
}
