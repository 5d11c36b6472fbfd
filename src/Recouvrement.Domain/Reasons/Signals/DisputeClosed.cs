using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Reasons;

/// <summary>A dispute was settled or withdrawn: from this date it no longer explains the unpaid amount.</summary>
/// <param name="Date">The day it was closed.</param>
/// <param name="DisputeId">The id of the <see cref="DisputeOpened"/> it closes.</param>
public sealed record DisputeClosed(LocalDate Date, string DisputeId) : ReasonSignal(Date)
{
    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => Wording.For(culture).Pick($"dispute {DisputeId} closed", $"litige {DisputeId} clos");
}
