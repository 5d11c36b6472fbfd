using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Reasons;

/// <summary>
/// No usable channel reaches the billing contact (see <see cref="Debtors.ChannelReport"/>): the invoice may never have
/// arrived.
/// </summary>
/// <param name="Date">The day it was found.</param>
public sealed record ContactDataMissing(LocalDate Date) : ReasonSignal(Date)
{
    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => Wording.For(culture).Pick("no usable channel reaches the billing contact", "aucun canal utilisable pour joindre le contact de facturation");
}
