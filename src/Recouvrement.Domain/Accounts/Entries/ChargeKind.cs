using Ardalis.SmartEnum;

namespace Recouvrement.Accounts;

/// <summary>What a receivable item is: principal, or a charge (a fee or interest) that is never mixed into principal.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ChargeKind : SmartEnum<ChargeKind>
{
    /// <summary>The price of the goods or services: an invoice or an instalment.</summary>
    public static readonly ChargeKind Principal = new(nameof(Principal), 1, isCharge: false);

    /// <summary>A fee, such as the fixed recovery compensation or a reminder fee.</summary>
    public static readonly ChargeKind Fee = new(nameof(Fee), 2, isCharge: true);

    /// <summary>Late-payment interest posted to the account.</summary>
    public static readonly ChargeKind Interest = new(nameof(Interest), 3, isCharge: true);

    private ChargeKind(string name, int value, bool isCharge)
        : base(name, value)
        => IsCharge = isCharge;

    /// <summary>Gets a value indicating whether this is a charge (fee or interest) rather than principal.</summary>
    public bool IsCharge { get; }
}
