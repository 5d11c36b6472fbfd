namespace Recouvrement.Reasons;

/// <summary>The outcome of a solvency enquiry (<i>enquête de solvabilité</i>) on the debtor.</summary>
public enum SolvencyOutcome
{
    /// <summary>The debtor can pay.</summary>
    Good,

    /// <summary>Doubts: incidents, a weak balance sheet.</summary>
    Doubtful,

    /// <summary>The debtor probably cannot pay.</summary>
    Poor,
}
