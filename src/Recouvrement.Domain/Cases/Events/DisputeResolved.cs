using System.Globalization;
using NodaTime;

namespace Recouvrement.Cases;

/// <summary>A dispute was resolved: the item is dunned again for what is still open (a credit note goes to the account).</summary>
/// <param name="Date">The day it was resolved.</param>
/// <param name="ItemId">The item that was disputed.</param>
public sealed record DisputeResolved(LocalDate Date, string ItemId) : CaseEvent(Date)
{
    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => IsFrench(culture) ? $"litige sur {ItemId} résolu" : $"dispute on {ItemId} resolved";
}
