using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Debtors;

namespace Recouvrement.Domain.Tests;

/// <summary>Short builders for account tests.</summary>
internal static class AccountFixtures
{
    internal static readonly Debtor Acme = new("D-001", "Acme SARL", DebtorKind.Business, "FR")
    {
        Contacts = [new Contact("Claire Martin", ContactRole.PaymentApprover) { Email = "claire@acme.example", Phone = "+33 1 23 45 67 89" }],
    };

    internal static LocalDate D(int month, int day) => new(2026, month, day);

    internal static Money Eur(decimal amount) => new(amount, Currency.EUR);

    internal static Invoice Invoice(string id, LocalDate issued, LocalDate due, decimal amount) => new(id, issued, due, Eur(amount));

    internal static Payment Payment(string id, LocalDate date, decimal amount, params string[] designated)
        => new(id, date, Eur(amount)) { DesignatedIds = designated };

    internal static Account AccountOf(params AccountEntry[] entries) => AccountOf(null, entries);

    internal static Account AccountOf(IPaymentAllocationStrategy? strategy, params AccountEntry[] entries)
    {
        var result = Accounts.Account.Create(Acme, entries, strategy);
        Assert.True(result.IsSuccess, string.Join(Environment.NewLine, result.ValidationErrors.Select(e => e.ErrorMessage)));
        return result.Value;
    }

    internal static ItemBalance Item(this AccountStatement statement, string id) => statement.Items.Single(i => i.Id == id);
}
