namespace Recouvrement.Extensions;

/// <summary>A segment in configuration: which debtors follow which ladder; every condition is optional.</summary>
public sealed class SegmentOptions
{
    /// <summary>Gets or sets the ladder's name.</summary>
    public string? Ladder { get; set; }

    /// <summary>Gets or sets the debtor kind: Consumer, Business or PublicAuthority.</summary>
    public string? DebtorKind { get; set; }

    /// <summary>Gets or sets the least overdue amount, included.</summary>
    public decimal? FromOverdue { get; set; }

    /// <summary>Gets or sets the overdue amount the segment stops below.</summary>
    public decimal? BelowOverdue { get; set; }

    /// <summary>Gets or sets the reason family, by name (Dispute, Hardship…).</summary>
    public string? ReasonFamily { get; set; }
}
