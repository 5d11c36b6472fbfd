namespace Recouvrement.Extensions;

/// <summary>What the host confirms of a reference rate series (<c>Penalties:Rates:&lt;series&gt;</c>).</summary>
public sealed class ReferenceRateOptions
{
    /// <summary>
    /// Gets or sets the last day, yyyy-MM-dd, the host confirms that the series' last published rate still holds (no
    /// change was published since): the run posts interest at it up to then instead of reporting the rate unknown. Not
    /// before the last day the series is known; any later day, up to 9999-12-31.
    /// </summary>
    public string? ConfirmedUntil { get; set; }
}
