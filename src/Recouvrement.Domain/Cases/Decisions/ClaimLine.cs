namespace Recouvrement.Cases;

/// <summary>One item of a proof of claim: what it still owes, the interest accrued up to the opening judgment and the fixed compensation.</summary>
/// <param name="ItemId">The invoice, instalment or charge.</param>
/// <param name="Principal">The principal still open (a charge's open amount).</param>
/// <param name="Interest">The late-payment interest accrued up to the opening judgment and not paid.</param>
/// <param name="Compensation">The fixed compensation for recovery costs still owed.</param>
public sealed record ClaimLine(string ItemId, Money Principal, Money Interest, Money Compensation)
{
    /// <summary>Gets what the line claims.</summary>
    public Money Total => Principal + Interest + Compensation;
}
