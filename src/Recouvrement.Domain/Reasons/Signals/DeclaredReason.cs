using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Reasons;

/// <summary>A contact note: the reason the debtor gave on the phone, by email or by letter.</summary>
public sealed record DeclaredReason : ReasonSignal
{
    /// <summary>Initializes a new instance of the <see cref="DeclaredReason"/> record.</summary>
    /// <param name="date">The day of the contact.</param>
    /// <param name="reason">The reason given.</param>
    public DeclaredReason(LocalDate date, UnpaidReason reason)
        : base(date)
    {
        Reason = reason;
    }

    /// <summary>Gets the reason given.</summary>
    public UnpaidReason Reason { get; init; }

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => Wording.For(culture).Pick($"reason given by the debtor: {Reason.Label}", $"motif déclaré par le débiteur : {Reason.FrenchLabel}");
}
