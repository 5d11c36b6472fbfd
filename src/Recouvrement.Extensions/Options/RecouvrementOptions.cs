using System;
using System.Collections.Generic;

namespace Recouvrement.Extensions;

/// <summary>
/// Everything a host tunes, as bound from configuration (the <c>Recouvrement</c> section of <c>appsettings.json</c>) or
/// set in code; checked at start-up, every problem named by its configuration path. Amounts are in <see cref="Currency"/>.
/// </summary>
/// <remarks>An options class: mutable while the host configures it, read once when the services are built.</remarks>
public sealed class RecouvrementOptions
{
    /// <summary>The configuration section read by default.</summary>
    public const string SectionName = "Recouvrement";

    /// <summary>Gets or sets the ISO 4217 code of the amounts in these options (default EUR).</summary>
    public string Currency { get; set; } = "EUR";

    /// <summary>Gets or sets the business calendar: France, FranceAlsaceMoselle, EnglandAndWales or Germany (default France).</summary>
    public string Calendar { get; set; } = "France";

    /// <summary>Gets or sets the debtors' time zone, an IANA id (default Europe/Paris).</summary>
    public string TimeZone { get; set; } = "Europe/Paris";

    /// <summary>Gets or sets a value indicating whether calls and text messages wait for the contact window (default true).</summary>
    public bool ContactHours { get; set; } = true;

    /// <summary>Gets or sets the contact window of calls and text messages; the default window when null.</summary>
    public ContactWindowOptions? ContactWindow { get; set; }

    /// <summary>Gets or sets the unpaid-reason classifier's thresholds.</summary>
    public ReasonOptions Reasons { get; set; } = new();

    /// <summary>
    /// Gets the ladders by name. The shipped examples are known without configuration by their names:
    /// ConsumerSmallAmount, ConsumerInstalmentCredit, BusinessStandard, BusinessKeyAccount, PublicAuthority.
    /// </summary>
    public IDictionary<string, LadderOptions> Ladders { get; } = new Dictionary<string, LadderOptions>(StringComparer.Ordinal);

    /// <summary>Gets or sets the ladder used when no segment matches (default BusinessStandard).</summary>
    public string DefaultLadder { get; set; } = "BusinessStandard";

    /// <summary>Gets the segments, tried in order. When none is given, consumers follow ConsumerSmallAmount and public
    /// authorities PublicAuthority.</summary>
    public IList<SegmentOptions> Segments { get; } = [];

    /// <summary>Gets or sets the case policy.</summary>
    public CaseOptions Cases { get; set; } = new();

    /// <summary>Gets or sets the late-payment rules.</summary>
    public PenaltyOptions Penalties { get; set; } = new();

    /// <summary>Gets or sets the payment-plan terms.</summary>
    public PlanOptions Plans { get; set; } = new();

    /// <summary>Gets or sets how the collection run reads the portfolio.</summary>
    public RunOptions Run { get; set; } = new();

    /// <summary>Gets the values configuration held in the wrong shape, reported with the other problems at start-up.</summary>
    internal List<string> BindingErrors { get; } = [];
}
