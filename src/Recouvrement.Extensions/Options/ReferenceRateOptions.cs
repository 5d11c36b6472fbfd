namespace Recouvrement.Extensions;

/// <summary>What the host confirms of a reference rate series (<c>Penalties:Rates:&lt;series&gt;</c>).</summary>
public sealed class ReferenceRateOptions
{
    /// <summary>The latest day a confirmation may name: far beyond any run, and far from the calendar's end.</summary>
    internal static readonly NodaTime.LocalDate LastConfirmable = new(2999, 12, 31);

    /// <summary>
    /// Gets or sets the last day, yyyy-MM-dd, the host confirms that the series' last published rate still holds (no
    /// change was published since): the run posts interest at it up to then instead of reporting the rate unknown. From
    /// the last day the series is known to 2999-12-31.
    /// </summary>
    public string? ConfirmedUntil { get; set; }
}
