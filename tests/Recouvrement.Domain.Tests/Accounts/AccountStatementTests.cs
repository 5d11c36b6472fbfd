using Recouvrement.Accounts;
using static Recouvrement.Domain.Tests.AccountFixtures;

namespace Recouvrement.Domain.Tests;

public class AccountStatementTests
{
    [Fact]
    public void Open_amounts_and_days_past_due_as_of_a_date()
    {
        var account = AccountOf(
            Invoice("INV-1", D(1, 10), D(2, 9), 1_200m),
            Invoice("INV-2", D(2, 10), D(3, 12), 600m),
            Invoice("INV-3", D(3, 10), D(4, 9), 300m),
            Payment("PAY-1", D(3, 1), 500m));

        var statement = account.AsOf(D(3, 20));

        Assert.Equal(Eur(700m), statement.Item("INV-1").Open);
        Assert.Equal(39, statement.Item("INV-1").DaysPastDue);
        Assert.Equal(8, statement.Item("INV-2").DaysPastDue);
        Assert.Equal(0, statement.Item("INV-3").DaysPastDue);
        Assert.Equal(Eur(1_300m), statement.Overdue);
        Assert.Equal(Eur(300m), statement.NotYetDue);
        Assert.Equal(Eur(1_600m), statement.Open);
    }

    [Fact]
    public void A_settled_item_keeps_how_late_it_was_paid()
    {
        // INV-1 due 9 February, paid on 1 March: settled, nothing past due, 20 days late; INV-2 paid before its due date.
        var account = AccountOf(
            Invoice("INV-1", D(1, 10), D(2, 9), 500m),
            Invoice("INV-2", D(2, 10), D(3, 12), 200m),
            Payment("PAY-1", D(3, 1), 700m));

        var statement = account.AsOf(D(3, 20));

        Assert.Equal((0, 20), (statement.Item("INV-1").DaysPastDue, statement.Item("INV-1").DaysLate));
        Assert.Equal((0, 0), (statement.Item("INV-2").DaysPastDue, statement.Item("INV-2").DaysLate));
        Assert.Equal(8, AccountOf(Invoice("INV-3", D(2, 10), D(3, 12), 600m)).AsOf(D(3, 20)).Item("INV-3").DaysLate);
    }

    [Fact]
    public void A_statement_s_lists_cannot_be_changed_through_a_cast()
    {
        var statement = AccountOf(Invoice("INV-1", D(1, 10), D(2, 9), 100m), Payment("PAY-1", D(3, 1), 60m)).AsOf(D(3, 20));

        Assert.Throws<NotSupportedException>(() => ((IList<ItemBalance>)statement.Items)[0] = null!);
        Assert.Throws<NotSupportedException>(() => ((IList<PaymentAllocation>)statement.Allocations).Clear());
        Assert.Throws<NotSupportedException>(() => ((IList<AllocationLine>)statement.Allocations[0].Lines).Clear());
        Assert.Equal(Eur(40m), statement.Item("INV-1").Open);
    }

    [Fact]
    public void Entries_after_the_statement_date_are_ignored()
    {
        var account = AccountOf(Invoice("INV-1", D(1, 10), D(2, 9), 100m), Payment("PAY-1", D(3, 1), 100m));

        Assert.Empty(account.AsOf(D(1, 9)).Items);
        Assert.Equal(Eur(100m), account.AsOf(D(2, 28)).Open);
        Assert.Equal(Eur(0m), account.AsOf(D(3, 1)).Open);
        Assert.Equal(D(3, 1), account.AsOf(D(3, 1)).Item("INV-1").SettledOn);
    }

    [Fact]
    public void An_invoice_re_dated_with_a_copy_is_issued_on_its_new_date()
    {
        // The issue date is the entry's date: changing one changes the other, so the account orders and issues alike.
        var late = Invoice("INV-1", D(1, 10), D(6, 30), 100m) with { IssueDate = D(5, 1) };
        var account = AccountOf(late, Invoice("INV-2", D(2, 10), D(3, 12), 50m));

        Assert.Equal(D(5, 1), late.Date);
        Assert.Equal(D(6, 1), (late with { Date = D(6, 1) }).IssueDate);
        Assert.Equal(["INV-2", "INV-1"], account.Entries.Select(e => e.Id));
        Assert.Equal(["INV-2"], account.AsOf(D(4, 30)).Items.Select(i => i.Id));
        Assert.Equal(["INV-2", "INV-1"], account.AsOf(D(5, 1)).Items.Select(i => i.Id));
    }

    [Fact]
    public void Overpayment_leaves_a_credit_balance_and_nothing_is_lost()
    {
        var statement = AccountOf(Invoice("INV-1", D(1, 10), D(2, 9), 100m), Payment("PAY-1", D(3, 1), 130m)).AsOf(D(3, 31));

        Assert.Equal(Eur(0m), statement.Open);
        Assert.Equal(Eur(30m), statement.CreditBalance);
        Assert.Equal(Eur(-30m), statement.Balance);
        Assert.Equal(Eur(30m), statement.Allocations.Single().Unallocated);
    }

    [Fact]
    public void A_credit_note_reduces_its_invoice_last_instalment_first()
    {
        var invoice = Invoice("INV-1", D(1, 1), D(3, 31), 300m) with
        {
            Instalments = [new Instalment(D(1, 31), Eur(100m)), new Instalment(D(2, 28), Eur(100m)), new Instalment(D(3, 31), Eur(100m))],
        };
        var statement = AccountOf(invoice, new CreditNote("CN-1", D(1, 15), Eur(150m)) { InvoiceId = "INV-1" }).AsOf(D(2, 15));

        Assert.Equal([Eur(100m), Eur(50m), Eur(0m)], statement.Items.Select(i => i.Open));
        Assert.Equal(15, statement.Item("INV-1/1").DaysPastDue);
        Assert.Equal(Eur(150m), statement.Credited);
    }

    [Fact]
    public void A_deposit_paid_before_its_invoice_settles_it_once_issued()
    {
        var statement = AccountOf(
                new Deposit("DEP-1", D(1, 5), Eur(300m)) { InvoiceId = "INV-1" },
                Invoice("INV-1", D(1, 20), D(2, 19), 1_000m))
            .AsOf(D(3, 1));

        Assert.Equal(Eur(700m), statement.Item("INV-1").Open);
        Assert.Equal(D(1, 20), statement.Allocations.Single().Date);
        Assert.Equal(Eur(0m), statement.CreditBalance);
    }

    [Fact]
    public void A_waiting_deposit_applies_among_the_movements_of_its_invoice_s_issue_date()
    {
        var statement = AccountOf(
                new Deposit("DEP-1", D(1, 5), Eur(300m)) { InvoiceId = "INV-2" },
                Invoice("INV-1", D(1, 1), D(1, 31), 100m),
                Payment("PAY-1", D(1, 10), 100m),
                Invoice("INV-2", D(1, 20), D(2, 19), 1_000m),
                Payment("PAY-2", D(1, 25), 50m))
            .AsOf(D(3, 1));

        Assert.Equal(["PAY-1 2026-01-10", "DEP-1 2026-01-20", "PAY-2 2026-01-25"], statement.Allocations.Select(a => $"{a.SourceId} {a.Date:uuuu-MM-dd}"));
        Assert.Equal(Eur(650m), statement.Item("INV-2").Open);
    }

    [Fact]
    public void A_credit_note_dated_before_its_invoice_takes_effect_when_the_invoice_is_issued()
    {
        // Between the two dates the credit note once settled an invoice the statement did not list, and its 300 € were
        // in no total. It cannot reduce an invoice that does not exist yet: it waits for it, as a deposit does.
        var account = AccountOf(
            new CreditNote("AV-1", D(1, 5), Eur(300m)) { InvoiceId = "INV-1" },
            Invoice("INV-1", D(1, 20), D(2, 19), 1_000m));

        var before = account.AsOf(D(1, 10));
        Assert.Empty(before.Items);
        Assert.Empty(before.Allocations);
        Assert.Equal(Eur(0m), before.Credited);

        var after = account.AsOf(D(1, 20));
        Assert.Equal(Eur(300m), after.Credited);
        Assert.Equal(Eur(700m), after.Item("INV-1").Open);
        var allocation = after.Allocations.Single();
        Assert.Equal(D(1, 20), allocation.Date);
        Assert.All(allocation.Lines, line => Assert.Contains(after.Items, item => item.Id == line.ItemId));
    }

    [Fact]
    public void A_write_off_dated_before_its_invoice_takes_effect_when_the_invoice_is_issued()
    {
        // The write-off settled the invoice on its own date, before the invoice existed: the item read as settled two
        // weeks before it was issued.
        var account = AccountOf(
            new WriteOff("WO-1", D(1, 5), "INV-1", Eur(1_000m)),
            Invoice("INV-1", D(1, 20), D(2, 19), 1_000m));

        Assert.Empty(account.AsOf(D(1, 10)).Items);
        var after = account.AsOf(D(1, 20));
        Assert.Equal(Eur(1_000m), after.WrittenOff);
        Assert.Equal(D(1, 20), after.Item("INV-1").SettledOn);
    }

    [Fact]
    public void Fees_and_interest_are_items_of_their_own()
    {
        var statement = AccountOf(
                Invoice("INV-1", D(1, 10), D(2, 9), 1_000m),
                new Charge("FEE-1", D(2, 10), D(2, 10), Eur(40m), ChargeKind.Fee) { InvoiceId = "INV-1" },
                Payment("PAY-1", D(3, 1), 500m))
            .AsOf(D(3, 31));

        Assert.Equal(Eur(1_000m), statement.Invoiced);
        Assert.Equal(Eur(40m), statement.Charged);
        Assert.Equal(Eur(0m), statement.Item("FEE-1").Open);
        Assert.Equal(Eur(540m), statement.Item("INV-1").Open);
    }

    [Fact]
    public void A_write_off_takes_only_what_is_open_and_says_so()
    {
        var statement = AccountOf(
                Invoice("INV-1", D(1, 10), D(2, 9), 100m),
                Payment("PAY-1", D(3, 1), 80m),
                new WriteOff("WO-1", D(3, 15), "INV-1", Eur(50m)))
            .AsOf(D(3, 31));

        Assert.Equal(Eur(20m), statement.WrittenOff);
        Assert.Equal(Eur(0m), statement.Open);
        Assert.Equal(
            ["Write-off WO-1 of 50.00 EUR on 2026-03-15: only 20.00 EUR was open on INV-1; the rest was not applied."],
            statement.Notes);
    }

    [Fact]
    public void A_free_credit_note_is_allocated_like_a_payment()
    {
        var statement = AccountOf(
                Invoice("INV-1", D(1, 10), D(2, 9), 100m),
                Invoice("INV-2", D(1, 20), D(2, 19), 100m),
                new CreditNote("CN-1", D(3, 1), Eur(150m)))
            .AsOf(D(3, 31));

        Assert.Equal(Eur(150m), statement.Credited);
        Assert.Equal(Eur(0m), statement.Paid);
        Assert.Equal(Eur(50m), statement.Item("INV-2").Open);
    }
}
