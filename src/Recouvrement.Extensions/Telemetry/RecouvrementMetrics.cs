using System.Diagnostics.Metrics;

namespace Recouvrement.Extensions;

/// <summary>
/// The <see cref="Meter"/> of Recouvrement: what collection runs emit. Listen with OpenTelemetry
/// (<c>AddMeter(RecouvrementMetrics.MeterName)</c>) or <c>dotnet-counters</c>.
/// </summary>
public static class RecouvrementMetrics
{
    /// <summary>The meter's name, the package's.</summary>
    public const string MeterName = "Recouvrement.Extensions";

    internal static readonly Meter Meter = new(MeterName);

    /// <summary>Actions emitted, tagged <c>recouvrement.action</c> (kind) and <c>recouvrement.step</c>.</summary>
    internal static readonly Counter<long> Actions = Meter.CreateCounter<long>("recouvrement.run.actions", "{action}", "Actions a collection run emitted");

    /// <summary>Amounts of the actions, tagged <c>recouvrement.action</c> and <c>currency</c>; for dashboards, never for accounting.</summary>
    internal static readonly Counter<double> Amounts = Meter.CreateCounter<double>("recouvrement.run.amount", "{currency unit}", "Amounts of the actions a collection run emitted");

    /// <summary>Portfolio entries rejected by a run.</summary>
    internal static readonly Counter<long> Problems = Meter.CreateCounter<long>("recouvrement.run.problems", "{entry}", "Portfolio entries a collection run rejected");

    /// <summary>How long runs take, from the first entry read to the last action.</summary>
    internal static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("recouvrement.run.duration", "s", "Duration of collection runs");
}
