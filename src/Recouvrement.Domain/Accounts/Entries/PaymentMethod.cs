using Ardalis.SmartEnum;

namespace Recouvrement.Accounts;

/// <summary>How a payment was made.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class PaymentMethod : SmartEnum<PaymentMethod>
{
    /// <summary>Credit transfer (<i>virement</i>).</summary>
    public static readonly PaymentMethod BankTransfer = new(nameof(BankTransfer), 1);

    /// <summary>Direct debit (<i>prélèvement</i>, SEPA SDD).</summary>
    public static readonly PaymentMethod DirectDebit = new(nameof(DirectDebit), 2);

    /// <summary>Payment card.</summary>
    public static readonly PaymentMethod Card = new(nameof(Card), 3);

    /// <summary>Cheque.</summary>
    public static readonly PaymentMethod Cheque = new(nameof(Cheque), 4);

    /// <summary>Cash.</summary>
    public static readonly PaymentMethod Cash = new(nameof(Cash), 5);

    /// <summary>Bill of exchange (<i>lettre de change</i>, LCR), which defers the actual payment to its own maturity.</summary>
    public static readonly PaymentMethod BillOfExchange = new(nameof(BillOfExchange), 6);

    /// <summary>Any other method.</summary>
    public static readonly PaymentMethod Other = new(nameof(Other), 7);

    private PaymentMethod(string name, int value)
        : base(name, value)
    {
    }
}
