using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Reasons;

/// <summary>
/// No usable channel reaches the billing contact (see <see cref="Debtors.ChannelReport"/>): the invoice may never have
/// arrived.
/// </summary>
public sealed record ContactDataMissing : ReasonSignal
{
    /// <summary>Initializes a new instance of the <see cref="ContactDataMissing"/> record.</summary>
    /// <param name="date">The day it was found.</param>
    public ContactDataMissing(LocalDate date)
        : base(date)
    {
    }

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => Wording.For(culture).Pick("no usable channel reaches the billing contact", "aucun canal utilisable pour joindre le contact de facturation");
}
