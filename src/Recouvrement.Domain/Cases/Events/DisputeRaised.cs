using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>The debtor disputes an item (<i>litige</i>): that item is not dunned until the dispute is closed; the others are.</summary>
/// <param name="Date">The day the dispute was raised.</param>
/// <param name="ItemId">The disputed item (an invoice or one of its instalments, as in the account statement).</param>
/// <param name="Subject">What the debtor disputes.</param>
public sealed record DisputeRaised(LocalDate Date, string ItemId, string Subject) : CaseEvent(Date)
{
    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => Wording.For(culture).Pick($"dispute on {ItemId}: {Subject}", $"litige sur {ItemId} : {Subject}");
}
