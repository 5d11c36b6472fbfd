using Ardalis.SmartEnum;

namespace Recouvrement.Debtors;

/// <summary>The role of a contact at the debtor: a collector wants to reach the person who approves payment (seed 004 "Qui ?").</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ContactRole : SmartEnum<ContactRole>
{
    /// <summary>The person who validates and releases payments (for a consumer, the consumer).</summary>
    public static readonly ContactRole PaymentApprover = new(nameof(PaymentApprover), 1, approvesPayments: true);

    /// <summary>Accounts payable: receives invoices and reminders, may not decide to pay.</summary>
    public static readonly ContactRole Accounting = new(nameof(Accounting), 2, approvesPayments: false);

    /// <summary>Purchasing: placed the order, knows whether the goods or service were received.</summary>
    public static readonly ContactRole Purchasing = new(nameof(Purchasing), 3, approvesPayments: false);

    /// <summary>Management: the manager or owner, the escalation contact.</summary>
    public static readonly ContactRole Management = new(nameof(Management), 4, approvesPayments: true);

    /// <summary>Any other contact.</summary>
    public static readonly ContactRole Other = new(nameof(Other), 5, approvesPayments: false);

    private ContactRole(string name, int value, bool approvesPayments)
        : base(name, value)
        => ApprovesPayments = approvesPayments;

    /// <summary>Gets a value indicating whether a contact in this role can decide to pay.</summary>
    public bool ApprovesPayments { get; }
}
