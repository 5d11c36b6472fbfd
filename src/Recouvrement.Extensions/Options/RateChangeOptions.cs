namespace Recouvrement.Extensions;

/// <summary>A reference rate published after this version shipped, added by the host: from a date, a rate in percent.</summary>
public sealed class RateChangeOptions
{
    /// <summary>Gets or sets the first day the rate applies, yyyy-MM-dd.</summary>
    public string? From { get; set; }

    /// <summary>Gets or sets the rate, in percent (2.15 for 2.15 %).</summary>
    public decimal Percent { get; set; }
}
