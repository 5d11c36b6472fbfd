using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Reasons;

/// <summary>The debtor opened a dispute; it stays open until a <see cref="DisputeClosed"/> with the same id.</summary>
public sealed record DisputeOpened : ReasonSignal
{
    /// <summary>Initializes a new instance of the <see cref="DisputeOpened"/> record.</summary>
    /// <param name="date">The day it was opened.</param>
    /// <param name="disputeId">The dispute's id in the host's system.</param>
    /// <param name="reason">What is disputed: a reason of the dispute or internal-error family.</param>
    public DisputeOpened(LocalDate date, string disputeId, UnpaidReason reason)
        : base(date)
    {
        DisputeId = disputeId;
        Reason = reason;
    }

    /// <summary>Gets the dispute's id in the host's system.</summary>
    public string DisputeId { get; init; }

    /// <summary>Gets what is disputed: a reason of the dispute or internal-error family.</summary>
    public UnpaidReason Reason { get; init; }

    /// <summary>Gets the invoices or items disputed; empty when the whole account is. Copied: compared by content.</summary>
    public IReadOnlyList<string> ItemIds { get; init => field = ValueList.OrNull(value); } = ValueList<string>.Empty;

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => Wording.For(culture).Pick($"dispute {DisputeId} opened: {Reason.Label}", $"litige {DisputeId} ouvert : {Reason.FrenchLabel}");
}
