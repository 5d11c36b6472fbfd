using Recouvrement.Penalties;
using Recouvrement.Reasons;
using static Recouvrement.Domain.Tests.AccountFixtures;

namespace Recouvrement.Domain.Tests;

/// <summary>What a statement hands to the penalty calculation and the classifier.</summary>
public class StatementBridgeTests
{
    private static readonly Accounts.AccountStatement Statement = AccountOf(
            Invoice("INV-1", D(1, 5), D(1, 20), 1_000m),
            Invoice("INV-2", D(2, 1), D(5, 3), 500m),
            Payment("PAY-1", D(2, 10), 300m),
            Payment("PAY-2", D(3, 1), 200m))
        .AsOf(D(3, 16));

    [Fact]
    public void A_late_invoice_carries_what_the_statement_applied_to_its_item_dated()
    {
        var late = LateInvoice.Of(Statement, Statement.Item("INV-1"));
        Assert.Equal(("INV-1", Eur(1_000m), D(1, 20)), (late.Id, late.Amount, late.DueDate));
        Assert.Equal([new Settlement(D(2, 10), Eur(300m)), new Settlement(D(3, 1), Eur(200m))], late.Settlements);
        Assert.Empty(LateInvoice.Of(Statement, Statement.Item("INV-2")).Settlements);
    }

    [Fact]
    public void The_reason_context_is_the_oldest_open_items_lateness_and_the_overdue_amount()
    {
        var context = ReasonContext.Of(Statement);
        Assert.Equal((D(3, 16), 55, (Money?)Eur(500m), (bool?)null), (context.AsOf, context.DaysPastDue, context.OverdueAmount, context.ChronicallyLate));
        Assert.Equal(0, ReasonContext.Of(AccountOf(Invoice("X", D(3, 1), D(4, 1), 10m)).AsOf(D(3, 16))).DaysPastDue);
    }
}
