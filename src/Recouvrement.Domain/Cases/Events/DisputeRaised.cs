using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>The debtor disputes an item (<i>litige</i>): that item is not dunned until the dispute is closed; the others are.</summary>
public sealed record DisputeRaised : CaseEvent
{
    /// <summary>Initializes a new instance of the <see cref="DisputeRaised"/> record.</summary>
    /// <param name="date">The day the dispute was raised.</param>
    /// <param name="itemId">The disputed item (an invoice or one of its instalments, as in the account statement).</param>
    /// <param name="subject">What the debtor disputes.</param>
    public DisputeRaised(LocalDate date, string itemId, string subject)
        : base(date)
    {
        ItemId = itemId;
        Subject = subject;
    }

    /// <summary>Gets the disputed item (an invoice or one of its instalments, as in the account statement).</summary>
    public string ItemId { get; init; }

    /// <summary>Gets what the debtor disputes.</summary>
    public string Subject { get; init; }

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => Wording.For(culture).Pick($"dispute on {ItemId}: {Subject}", $"litige sur {ItemId} : {Subject}");
}
