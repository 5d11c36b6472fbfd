using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Reasons;

/// <summary>The debtor opened a dispute; it stays open until a <see cref="DisputeClosed"/> with the same id.</summary>
/// <param name="Date">The day it was opened.</param>
/// <param name="DisputeId">The dispute's id in the host's system.</param>
/// <param name="Reason">What is disputed: a reason of the dispute or internal-error family.</param>
public sealed record DisputeOpened(LocalDate Date, string DisputeId, UnpaidReason Reason) : ReasonSignal(Date)
{
    /// <summary>Gets the invoices or items disputed; empty when the whole account is. Copied: compared by content.</summary>
    public IReadOnlyList<string> ItemIds { get; init => field = ValueList.OrNull(value); } = ValueList<string>.Empty;

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => Wording.For(culture).Pick($"dispute {DisputeId} opened: {Reason.Label}", $"litige {DisputeId} ouvert : {Reason.FrenchLabel}");
}
