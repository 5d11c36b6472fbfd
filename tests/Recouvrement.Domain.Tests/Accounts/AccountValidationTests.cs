using Recouvrement.Accounts;
using Recouvrement.Debtors;
using static Recouvrement.Domain.Tests.AccountFixtures;

namespace Recouvrement.Domain.Tests;

public class AccountValidationTests
{
    [Fact]
    public void Every_problem_is_listed_at_once_with_its_field()
    {
        AccountEntry?[] entries =
        [
            Invoice("INV-1", D(3, 1), D(2, 1), 100m),
            Invoice("INV-1", D(3, 1), D(3, 31), 50m),
            new Invoice("INV-2", D(3, 1), D(3, 31), new Money(80m, Currency.GBP)),
            new CreditNote("CN-1", D(3, 5), Eur(120m)) { InvoiceId = "INV-1" },
            Payment("PAY-1", D(3, 10), -5m, "INV-9"),
            new WriteOff("WO-1", D(3, 20), "INV-7", Eur(1m)),
            new Charge("FEE-1", D(3, 20), D(3, 19), Eur(40.001m), ChargeKind.Principal),
            null,
        ];

        var result = Account.Create(Acme with { Country = "France" }, entries);

        Assert.Equal(
            [
                "debtor.Country = \"France\": must be an ISO 3166-1 alpha-2 code in capitals, such as FR",
                "entries[0].DueDate = 2026-02-01: invoice INV-1 is due before its issue date 2026-03-01",
                "entries[1].Id = \"INV-1\": duplicates the id of entries[0]",
                "entries[2].Amount = 80.00 GBP: is in GBP but the account is in EUR (use Account.CreatePerCurrency for a multi-currency debtor)",
                "entries[4].Amount = -5.00 EUR: payment PAY-1 must have a positive amount",
                "entries[6].Amount = 40.001 EUR: charge FEE-1 holds a fraction of a minor unit of EUR",
                "entries[6].DueDate = 2026-03-19: charge FEE-1 is due before it was posted (2026-03-20)",
                "entries[6].Kind = \"Principal\": must be a fee or interest: principal is invoiced",
                "entries[7] = null: must not be null",
                "entries[3].Amount = 120.00 EUR: credit note CN-1 with the credit notes and write-offs before it takes 120 off invoice INV-1 of 100.00 EUR",
                "entries[4].DesignatedIds[0] = \"INV-9\": payment PAY-1 designates an unknown invoice or charge",
                "entries[5].ItemId = \"INV-7\": write-off WO-1 is of an unknown invoice or charge",
            ],
            result.ValidationErrors.Select(e => e.ErrorMessage));
        Assert.All(result.ValidationErrors, e => Assert.False(string.IsNullOrEmpty(e.ErrorCode)));
    }

    [Fact]
    public void Instalments_must_sum_to_the_invoice_and_fall_after_its_issue()
    {
        var invoice = Invoice("INV-1", D(3, 1), D(5, 31), 300m) with
        {
            Instalments = [new Instalment(D(2, 28), Eur(100m)), new Instalment(D(4, 30), Eur(100m))],
        };

        var result = Account.Create(Acme, [invoice]);

        Assert.Equal(
            [
                "entries[0].Instalments[0].DueDate = 2026-02-28: is before the invoice's issue date 2026-03-01",
                "entries[0].Instalments = 200: must sum to the invoice total 300.00 EUR",
            ],
            result.ValidationErrors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void A_multi_currency_debtor_gets_one_account_per_currency()
    {
        var result = Account.CreatePerCurrency(
            Acme,
            [Invoice("INV-1", D(3, 1), D(3, 31), 100m), new Invoice("INV-2", D(3, 1), D(3, 31), new Money(80m, Currency.GBP))]);

        Assert.Equal(["EUR", "GBP"], result.Value.Select(a => a.Currency.Code));
    }

    [Fact]
    public void Per_currency_movements_must_be_in_the_currency_of_what_they_settle()
    {
        var gbp = new Invoice("INV-2", D(3, 1), D(3, 31), new Money(80m, Currency.GBP)) { Instalments = [new Instalment(D(3, 15), new Money(40m, Currency.GBP)), new Instalment(D(3, 31), new Money(40m, Currency.GBP))] };
        var result = Account.CreatePerCurrency(
            Acme,
            [
                Invoice("INV-1", D(3, 1), D(3, 31), 100m),
                gbp,
                new CreditNote("CN-1", D(3, 5), Eur(10m)) { InvoiceId = "INV-2" },
                new WriteOff("WO-1", D(3, 20), "INV-2/2", Eur(5m)),
                new Deposit("DEP-1", D(3, 2), new Money(20m, Currency.GBP)) { InvoiceId = "INV-1" },
            ]);

        Assert.Equal(
            [
                "entries[2].Amount = 10.00 EUR: credit note CN-1 is not in the currency of invoice INV-2 (GBP)",
                "entries[3].Amount = 5.00 EUR: write-off WO-1 is not in the currency of invoice INV-2 (GBP)",
                "entries[4].Amount = 20.00 GBP: deposit DEP-1 is not in the currency of invoice INV-1 (EUR)",
            ],
            result.ValidationErrors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void Per_currency_a_payment_may_not_designate_an_item_in_another_currency()
    {
        var result = Account.CreatePerCurrency(
            Acme,
            [
                Invoice("INV-1", D(3, 1), D(3, 31), 100m),
                new Invoice("INV-2", D(3, 1), D(3, 31), new Money(80m, Currency.GBP)),
                new Payment("PAY-1", D(3, 10), new Money(50m, Currency.GBP)) { DesignatedIds = ["INV-2", "INV-1"] },
            ]);

        var error = result.ValidationErrors.Single();
        Assert.Equal("entries[2].DesignatedIds[1] = \"INV-1\": payment PAY-1 in GBP designates invoice INV-1 in EUR", error.ErrorMessage);
        Assert.Equal(ErrorCodes.CurrencyMismatch, error.ErrorCode);
    }

    [Fact]
    public void A_payment_without_a_method_is_refused()
    {
        var result = Account.Create(Acme, [Invoice("INV-1", D(3, 1), D(3, 31), 100m), Payment("PAY-1", D(3, 10), 50m) with { Method = null! }]);

        var error = result.ValidationErrors.Single();
        Assert.Equal("entries[1].Method = null: payment PAY-1 must say how it was made", error.ErrorMessage);
        Assert.Equal(ErrorCodes.Required, error.ErrorCode);
    }

    [Fact]
    public void An_id_may_not_also_name_an_instalment()
    {
        var byInstalments = Invoice("INV-1", D(3, 1), D(4, 30), 100m) with
        {
            Instalments = [new Instalment(D(3, 31), Eur(50m)), new Instalment(D(4, 30), Eur(50m))],
        };

        var result = Account.Create(Acme, [byInstalments, Invoice("INV-1/2", D(3, 1), D(3, 31), 10m), Invoice("INV-1/3", D(3, 1), D(3, 31), 10m)]);

        Assert.Equal(
            ["entries[1].Id = \"INV-1/2\": is also the id of instalment 2 of invoice INV-1"],
            result.ValidationErrors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void An_account_too_large_to_count_in_minor_units_is_refused()
    {
        var result = Account.Create(Acme, [Invoice("INV-1", D(3, 1), D(3, 31), 900_000_000_000_000m), Invoice("INV-2", D(3, 1), D(3, 31), 900_000_000_000_000m)]);

        Assert.Equal([ErrorCodes.Overflow], result.ValidationErrors.Select(e => e.ErrorCode));
        Assert.Equal("entries", result.ValidationErrors.Single().Identifier);
    }

    [Fact]
    public void Credit_notes_too_large_to_add_up_are_reported_not_a_crash()
    {
        var huge = 50_000_000_000_000_000_000_000_000_000m;

        var result = Account.Create(Acme, [Invoice("INV-1", D(3, 1), D(3, 31), 70_000_000_000_000_000_000_000_000_000m), new CreditNote("CN-1", D(3, 2), Eur(huge)) { InvoiceId = "INV-1" }, new CreditNote("CN-2", D(3, 3), Eur(huge)) { InvoiceId = "INV-1" }]);

        Assert.Equal([ErrorCodes.Overflow, ErrorCodes.OutOfRange], result.ValidationErrors.Select(e => e.ErrorCode));
        Assert.Equal("entries[2].Amount", result.ValidationErrors.ElementAt(1).Identifier);
    }

    [Theory]
    [InlineData("EUR", "922337203685477", true)]
    [InlineData("EUR", "922337203685477.01", false)]
    [InlineData("JPY", "922337203685477", true)]
    [InlineData("JPY", "922337203685478", false)]
    [InlineData("KWD", "922337203685476.999", true)]
    public void The_largest_account_is_counted_to_the_finest_minor_unit(string currency, string amount, bool accepted)
    {
        var money = new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency switch { "JPY" => Currency.JPY, "KWD" => Currency.KWD, _ => Currency.EUR });

        var result = Account.Create(Acme, [new Invoice("INV-1", D(3, 1), D(3, 31), money)]);

        Assert.Equal(accepted ? [] : [ErrorCodes.Overflow], result.ValidationErrors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void The_callers_entries_are_never_changed()
    {
        var entries = new List<AccountEntry> { Payment("PAY-1", D(3, 10), 50m), Invoice("INV-1", D(3, 1), D(3, 31), 100m) };
        var before = entries.ToArray();

        var account = Account.Create(Acme, entries).Value;
        entries.Clear();

        Assert.Equal(before.Reverse(), account.Entries);
        Assert.Equal(Eur(50m), account.AsOf(D(4, 1)).Open);
        Assert.Throws<NotSupportedException>(() => ((IList<AccountEntry>)account.Entries)[0] = null!);
    }

    [Fact]
    public void Missing_arguments_are_errors_not_crashes()
    {
        var result = Account.Create(null, null);
        Assert.Equal(["debtor", "entries"], result.ValidationErrors.Select(e => e.Identifier));
    }
}
