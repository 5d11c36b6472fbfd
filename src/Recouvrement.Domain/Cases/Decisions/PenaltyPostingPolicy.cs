namespace Recouvrement.Cases;

/// <summary>
/// When the late-payment interest and the fixed compensation an item accrues are posted to the account: not while the
/// debtor may be right or is keeping an agreement. Interest still accrues meanwhile; it is posted when the hold ends
/// without the debtor being right (a dispute rejected, a plan broken), and dropped when the debtor was right (a dispute
/// upheld: nothing is owed for the days before its resolution, and a credit note issued meanwhile bears none).
/// </summary>
/// <remarks>Every property defaults to the professional's choice; a host turns one off to post regardless.</remarks>
public sealed record PenaltyPostingPolicy
{
    /// <summary>Gets a value indicating whether an item under an open dispute posts nothing (default true).</summary>
    public bool HoldWhileDisputed { get; init; } = true;

    /// <summary>Gets a value indicating whether an item the unpaid reason puts down to our own error posts nothing (default true).</summary>
    public bool HoldForOurError { get; init; } = true;

    /// <summary>Gets a value indicating whether nothing is posted while a payment plan is kept (default true).</summary>
    public bool HoldWhilePlanKept { get; init; } = true;

    /// <summary>Gets a value indicating whether nothing is posted while the unpaid reason pauses the whole account, a hardship (default true).</summary>
    public bool HoldDuringForbearance { get; init; } = true;

    /// <summary>Gets a value indicating whether a dispute upheld drops what the item accrued until its resolution (default true).</summary>
    public bool WaiveWhenDisputeUpheld { get; init; } = true;
}
