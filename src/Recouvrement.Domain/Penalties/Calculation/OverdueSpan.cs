using Recouvrement.Debtors;

namespace Recouvrement.Penalties;

/// <summary>
/// What the accrual walk runs over: a late invoice of <paramref name="Units"/> minor units under
/// <paramref name="Rule"/>, from <paramref name="FirstDay"/> to <paramref name="LastDay"/> (day numbers, both included),
/// lowered by its <paramref name="Settlements"/> in <paramref name="Order"/>.
/// </summary>
internal readonly record struct OverdueSpan(
    LateInvoice Invoice,
    long Units,
    DebtorKind Kind,
    LatePaymentRule Rule,
    int FirstDay,
    int LastDay,
    bool CarryForward,
    SettlementOrder Order,
    SettlementSchedule Settlements);
