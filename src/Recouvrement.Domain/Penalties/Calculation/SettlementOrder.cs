namespace Recouvrement.Penalties;

/// <summary>Whether a partial payment first settles the interest accrued or the principal.</summary>
public enum SettlementOrder
{
    /// <summary>
    /// The payment lowers the principal, so interest runs on less from the next day (the default: how ERPs and the
    /// statutory calculators of each country compute late-payment interest).
    /// </summary>
    PrincipalFirst,

    /// <summary>
    /// The payment settles the interest accrued up to its date first and lowers the principal only by the rest
    /// (C. civ. art. 1343-1: "le paiement partiel s'impute d'abord sur les intérêts"), which a French creditor may invoke.
    /// </summary>
    InterestFirst,
}
