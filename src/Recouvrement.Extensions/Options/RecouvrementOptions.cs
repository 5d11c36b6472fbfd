using System;
using System.Collections.Generic;

namespace Recouvrement.Extensions;

/// <summary>
/// Everything a host tunes, as bound from configuration (the <c>Recouvrement</c> section of <c>appsettings.json</c>) or
/// set in code; checked at start-up, every problem named by its configuration path. The options configure the home
/// <see cref="Jurisdiction"/>: what they leave out is its profile's, and debtors under another law follow their own
/// profile (<see cref="Scheduling.JurisdictionProfiles.Default"/>). Amounts are in <see cref="Currency"/>.
/// </summary>
/// <remarks>An options class: mutable while the host configures it, read once when the services are built.</remarks>
public sealed class RecouvrementOptions
{
    /// <summary>The configuration section read by default.</summary>
    public const string SectionName = "Recouvrement";

    /// <summary>
    /// Gets or sets the home jurisdiction, the law these options configure: a code of
    /// <see cref="Scheduling.JurisdictionProfiles.Default"/> ("FR", "FR-57", "DE", "GB-ENG", "BE", "NL", "ES", "IT"…;
    /// default FR). Its regions (Alsace-Moselle for France) take the same ladders and rules under their own calendar.
    /// </summary>
    public string Jurisdiction { get; set; } = "FR";

    /// <summary>Gets or sets the ISO 4217 code of the amounts in these options; the home jurisdiction's when null.</summary>
    public string? Currency { get; set; }

    /// <summary>Gets or sets the home business calendar: France, FranceAlsaceMoselle, EnglandAndWales, Germany, Belgium,
    /// Netherlands, Spain, Italy or WeekendsOnly; the home jurisdiction's when null.</summary>
    public string? Calendar { get; set; }

    /// <summary>Gets or sets the home debtors' time zone, an IANA id; the home jurisdiction's when null.</summary>
    public string? TimeZone { get; set; }

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

    /// <summary>Gets or sets the ladder used when no segment matches; the home jurisdiction's when null.</summary>
    public string? DefaultLadder { get; set; }

    /// <summary>Gets the segments, tried in order. When none is given, the home jurisdiction's apply (in France, consumers
    /// follow ConsumerSmallAmount and public authorities PublicAuthority).</summary>
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
