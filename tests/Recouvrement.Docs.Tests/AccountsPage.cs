using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Debtors;

namespace Recouvrement.Docs.Tests;

/// <summary>The samples of docs/accounts.md.</summary>
public class AccountsPage
{
    [Fact]
    public void A_first_account()
    {
        // begin-snippet: account
        var debtor = new Debtor("C-042", "Boulangerie Martin", DebtorKind.Business, "FR")
        {
            Contacts = [new Contact("Paul Martin", ContactRole.PaymentApprover) { Email = "paul@boulangerie.example" }],
        };
        var eur = Currency.EUR;
        var result = Account.Create(debtor,
        [
            new Invoice("F-101", new LocalDate(2026, 1, 10), new LocalDate(2026, 2, 9), new Money(1_200m, eur)),
            new Invoice("F-102", new LocalDate(2026, 2, 10), new LocalDate(2026, 3, 12), new Money(600m, eur)),
            new CreditNote("AV-7", new LocalDate(2026, 2, 20), new Money(100m, eur)) { InvoiceId = "F-102" },
            new Payment("VIR-1", new LocalDate(2026, 3, 1), new Money(500m, eur)),
        ]);

        if (!result.IsSuccess)
        {
            // Every problem at once: field, value and why, e.g. "entries[2].InvoiceId = "F-999": ...".
            foreach (var error in result.ValidationErrors)
            {
                Console.WriteLine(error.ErrorMessage);
            }

            return;
        }

        var statement = result.Value.AsOf(new LocalDate(2026, 3, 20));
        Console.WriteLine($"Open {statement.Open}, overdue {statement.Overdue}"); // Open 1200.00 EUR, overdue 1200.00 EUR
        Console.WriteLine(statement.Allocations[^1]);                             // how VIR-1 was applied, and why
        Console.WriteLine(AgingReport.For(statement));                             // the balance âgée
        Console.WriteLine(string.Join("; ", debtor.Reachability().Missing));       // Sms: no contact has a mobile number; ...
        // end-snippet

        Assert.Equal(new Money(1_200m, eur), statement.Open);
        Assert.Equal(new Money(700m, eur), statement.Item("F-101"));
    }
}

internal static class StatementExtensions
{
    internal static Money Item(this AccountStatement statement, string id) => statement.Items.Single(i => i.Id == id).Open;
}
