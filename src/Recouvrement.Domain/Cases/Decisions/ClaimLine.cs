namespace Recouvrement.Cases;

/// <summary>One item of a proof of claim: what it still owes, the interest accrued up to the opening judgment and the fixed compensation.</summary>
public sealed record ClaimLine
{
    /// <summary>Initializes a new instance of the <see cref="ClaimLine"/> record.</summary>
    /// <param name="itemId">The invoice, instalment or charge.</param>
    /// <param name="principal">The principal still open (a charge's open amount).</param>
    /// <param name="interest">The late-payment interest accrued up to the opening judgment and not paid.</param>
    /// <param name="compensation">The fixed compensation for recovery costs still owed.</param>
    public ClaimLine(string itemId, Money principal, Money interest, Money compensation)
    {
        ItemId = itemId;
        Principal = principal;
        Interest = interest;
        Compensation = compensation;
    }

    /// <summary>Gets the invoice, instalment or charge.</summary>
    public string ItemId { get; init; }

    /// <summary>Gets the principal still open (a charge's open amount).</summary>
    public Money Principal { get; init; }

    /// <summary>Gets the late-payment interest accrued up to the opening judgment and not paid.</summary>
    public Money Interest { get; init; }

    /// <summary>Gets the fixed compensation for recovery costs still owed.</summary>
    public Money Compensation { get; init; }

    /// <summary>Gets what the line claims.</summary>
    public Money Total => Principal + Interest + Compensation;
}
