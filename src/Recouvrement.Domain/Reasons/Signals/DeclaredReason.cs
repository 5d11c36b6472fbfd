using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Reasons;

/// <summary>A contact note: the reason the debtor gave on the phone, by email or by letter.</summary>
/// <param name="Date">The day of the contact.</param>
/// <param name="Reason">The reason given.</param>
public sealed record DeclaredReason(LocalDate Date, UnpaidReason Reason) : ReasonSignal(Date)
{
    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => Wording.For(culture).Pick($"reason given by the debtor: {Reason.Label}", $"motif déclaré par le débiteur : {Reason.FrenchLabel}");
}
