using Recouvrement.Accounts;
using Recouvrement.Debtors;
using static Recouvrement.Domain.Tests.AccountFixtures;

namespace Recouvrement.Domain.Tests;

/// <summary>The refusals of <see cref="Account.Create"/> word the field, the value and why; the limits themselves pass.</summary>
public class AccountRefusalTests
{
    [Fact]
    public void A_debtor_without_id_name_kind_law_or_contact_names_each_problem()
    {
        var debtor = new Debtor(" ", "", null!, "FR")
        {
            GoverningLaw = "fr-57",
            Contacts = [new Contact("Claire Martin", ContactRole.Accounting), new Contact(" ", ContactRole.Accounting), new Contact("Paul", null!)],
        };

        var result = Account.Create(debtor, null);

        Assert.Equal(
            [
                "debtor.Id = \" \": must not be blank",
                "debtor.Name = \"\": must not be blank",
                "debtor.Kind = null: must be consumer, business or public authority",
                "debtor.GoverningLaw = \"fr-57\": must be an ISO 3166 code in capitals, a country (\"DE\") or a subdivision (\"FR-57\", \"GB-ENG\")",
                "debtor.Contacts[1] = \" \": must have a name and a role",
                "debtor.Contacts[2] = \"Paul\": must have a name and a role",
                "entries = null: must be given (an empty list for a new account)",
            ],
            result.ValidationErrors.Select(e => e.ErrorMessage));
        Assert.Equal(
            [ErrorCodes.Required, ErrorCodes.Required, ErrorCodes.Required, ErrorCodes.Format, ErrorCodes.Required, ErrorCodes.Required, ErrorCodes.Required],
            result.ValidationErrors.Select(e => e.ErrorCode));
    }

    [Theory]
    [InlineData("F")]
    [InlineData("FRA")]
    [InlineData("fr")]
    [InlineData("F1")]
    public void A_country_must_be_two_capitals(string country)
    {
        var result = Account.Create(Acme with { Country = country }, []);

        Assert.Equal($"debtor.Country = \"{country}\": must be an ISO 3166-1 alpha-2 code in capitals, such as FR", Assert.Single(result.ValidationErrors).ErrorMessage);
    }

    [Fact]
    public void A_governing_law_that_is_a_code_is_accepted()
        => Assert.True(Account.Create(Acme with { GoverningLaw = "FR-57" }, []).IsSuccess);

    [Fact]
    public void A_missing_debtor_is_named()
        => Assert.Equal("debtor = null: must be given", Assert.Single(Account.Create(null, []).ValidationErrors).ErrorMessage);

    [Fact]
    public void An_invoice_due_on_its_issue_date_with_vat_from_zero_to_its_total_is_accepted()
    {
        var result = Account.Create(
            Acme,
            [
                Invoice("INV-1", D(3, 1), D(3, 1), 100m) with { Vat = Eur(100m) },
                Invoice("INV-2", D(3, 1), D(3, 1), 100m) with { Vat = Eur(0m) },
            ]);

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void Vat_in_another_currency_above_the_total_or_negative_is_refused()
    {
        var result = Account.Create(
            Acme,
            [
                Invoice("INV-1", D(3, 1), D(3, 31), 100m) with { Vat = new Money(20m, Currency.GBP) },
                Invoice("INV-2", D(3, 1), D(3, 31), 100m) with { Vat = Eur(100.01m) },
                Invoice("INV-3", D(3, 1), D(3, 31), 100m) with { Vat = Eur(-0.01m) },
            ]);

        Assert.Equal(
            [
                "entries[0].Vat = 20.00 GBP: is not in the invoice's currency EUR",
                "entries[1].Vat = 100.01 EUR: must be between 0 and the invoice total 100.00 EUR",
                "entries[2].Vat = -0.01 EUR: must be between 0 and the invoice total 100.00 EUR",
            ],
            result.ValidationErrors.Select(e => e.ErrorMessage));
        Assert.Equal([ErrorCodes.CurrencyMismatch, ErrorCodes.OutOfRange, ErrorCodes.OutOfRange], result.ValidationErrors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void Blank_ids_and_instalments_null_in_another_currency_or_not_whole_are_refused()
    {
        var invoice = Invoice("INV-1", D(3, 1), D(5, 31), 100m) with
        {
            Instalments =
            [
                null!,
                new Instalment(D(3, 1), new Money(10m, Currency.GBP)),
                new Instalment(D(4, 1), Eur(0m)),
                new Instalment(D(4, 1), Eur(10.001m)),
                new Instalment(D(5, 31), Eur(100m)),
            ],
        };

        var result = Account.Create(Acme, [invoice, Invoice(" ", D(3, 1), D(3, 31), 5m)]);

        Assert.Equal(
            [
                "entries[0].Instalments[0] = null: must not be null",
                "entries[0].Instalments[1].Amount = 10.00 GBP: must be a positive amount in whole EUR minor units",
                "entries[0].Instalments[2].Amount = 0.00 EUR: must be a positive amount in whole EUR minor units",
                "entries[0].Instalments[3].Amount = 10.001 EUR: must be a positive amount in whole EUR minor units",
                "entries[1].Id = \" \": must not be blank",
            ],
            result.ValidationErrors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void Movements_against_unknown_invoices_are_named()
    {
        var result = Account.Create(
            Acme,
            [
                Invoice("INV-1", D(3, 1), D(3, 31), 100m),
                new CreditNote("CN-1", D(3, 5), Eur(10m)) { InvoiceId = "INV-9" },
                new Deposit("DEP-1", D(3, 2), Eur(20m)) { InvoiceId = "INV-8" },
                new Charge("FEE-1", D(3, 20), D(3, 31), Eur(40m), ChargeKind.Fee) { InvoiceId = "INV-7" },
                new CreditNote("CN-2", D(3, 5), Eur(10m)) { InvoiceId = "FEE-1" },
            ]);

        Assert.Equal(
            [
                "entries[1].InvoiceId = \"INV-9\": credit note CN-1 is against an unknown invoice",
                "entries[2].InvoiceId = \"INV-8\": deposit DEP-1 is for an unknown invoice",
                "entries[3].InvoiceId = \"INV-7\": charge FEE-1 relates to an unknown invoice",
                "entries[4].InvoiceId = \"FEE-1\": credit note CN-2 is against an unknown invoice",
            ],
            result.ValidationErrors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void Credit_notes_and_write_offs_may_take_off_exactly_the_invoice_but_not_a_cent_more()
    {
        AccountEntry[] Entries(decimal writtenOff) =>
        [
            Invoice("INV-1", D(3, 1), D(3, 31), 100m),
            new CreditNote("CN-1", D(3, 5), Eur(60m)) { InvoiceId = "INV-1" },
            new WriteOff("WO-1", D(3, 6), "INV-1", Eur(writtenOff)),
        ];

        Assert.True(Account.Create(Acme, Entries(40m)).IsSuccess);
        Assert.Equal(
            ["entries[2].Amount = 40.01 EUR: write-off WO-1 with the credit notes and write-offs before it takes 100.01 off invoice INV-1 of 100.00 EUR"],
            Account.Create(Acme, Entries(40.01m)).ValidationErrors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void A_write_off_of_an_instalment_or_a_charge_is_of_a_known_item()
    {
        var invoice = Invoice("INV-1", D(3, 1), D(4, 30), 100m) with
        {
            Instalments = [new Instalment(D(3, 31), Eur(50m)), new Instalment(D(4, 30), Eur(50m))],
        };

        var result = Account.Create(
            Acme,
            [
                invoice,
                new Charge("FEE-1", D(3, 20), D(3, 31), Eur(40m), ChargeKind.Fee),
                new WriteOff("WO-1", D(4, 1), "INV-1/2", Eur(50m)),
                new WriteOff("WO-2", D(4, 1), "FEE-1", Eur(40m)),
                new WriteOff("WO-3", D(4, 1), "INV-1/3", Eur(1m)),
                new WriteOff("WO-4", D(4, 1), "WO-1", Eur(1m)),
            ]);

        Assert.Equal(
            [
                "entries[4].ItemId = \"INV-1/3\": write-off WO-3 is of an unknown invoice or charge",
                "entries[5].ItemId = \"WO-1\": write-off WO-4 is of an unknown invoice or charge",
            ],
            result.ValidationErrors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void The_total_beyond_what_an_account_holds_is_worded_with_the_limit()
    {
        var result = Account.Create(Acme, [Invoice("INV-1", D(3, 1), D(3, 31), 900_000_000_000_000m), Invoice("INV-2", D(3, 1), D(3, 31), 900_000_000_000_000m)]);

        Assert.Equal(
            "entries = 922337203685477.0001: the amounts total more than an account holds (922337203685477 in major units)",
            Assert.Single(result.ValidationErrors).ErrorMessage);
    }

    [Fact]
    public void A_charge_without_a_kind_is_refused()
    {
        var result = Account.Create(Acme, [new Charge("FEE-1", D(3, 20), D(3, 20), Eur(40m), null!)]);

        var error = Assert.Single(result.ValidationErrors);
        Assert.Equal("entries[0].Kind = null: must be a fee or interest", error.ErrorMessage);
        Assert.Equal(ErrorCodes.Required, error.ErrorCode);
    }
}
