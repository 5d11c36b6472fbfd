using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>The built-in payment allocation rules (<i>imputation des paiements</i>), each explaining its lines.</summary>
public static class PaymentAllocationStrategies
{
    /// <summary>Gets the rule that settles the oldest due date first (FIFO, the usual ERP rule).</summary>
    public static IPaymentAllocationStrategy OldestDueFirst { get; } = new OldestDueFirstAllocation();

    /// <summary>Gets the rule that shares a payment among all open items in proportion to their open amounts.</summary>
    public static IPaymentAllocationStrategy Proportional { get; } = new ProportionalAllocation();

    /// <summary>
    /// Gets the French default when the debtor designates nothing (C. civ. art. 1342-10): due debts before debts not yet
    /// due, the oldest first, equally old debts pro rata.
    /// </summary>
    public static IPaymentAllocationStrategy FrenchCivilCode { get; } = new CivilCodeAllocation();

    /// <summary>
    /// Gets the default of <see cref="Account"/>: what the debtor designated, then charges before principal
    /// (C. civ. art. 1343-1), then the civil-code order (art. 1342-10).
    /// </summary>
    public static IPaymentAllocationStrategy Default { get; } = Designated(ChargesFirst(FrenchCivilCode));

    /// <summary>Returns a rule that settles charges (interest, fees) before principal (C. civ. art. 1343-1).</summary>
    /// <param name="inner">The order within charges and within principal.</param>
    /// <returns>The rule.</returns>
    public static IPaymentAllocationStrategy ChargesFirst(IPaymentAllocationStrategy inner)
        => new ChargesFirstAllocation(Preconditions.CheckNotNull(inner, nameof(inner)));

    /// <summary>Returns a rule that settles what the debtor designated first, then the rest by <paramref name="fallback"/>.</summary>
    /// <param name="fallback">The rule for what the designation leaves.</param>
    /// <returns>The rule.</returns>
    public static IPaymentAllocationStrategy Designated(IPaymentAllocationStrategy fallback)
        => new DesignatedAllocation(Preconditions.CheckNotNull(fallback, nameof(fallback)));
}
