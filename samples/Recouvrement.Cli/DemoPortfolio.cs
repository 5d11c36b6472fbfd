using NodaTime;
using Recouvrement;
using Recouvrement.Accounts;
using Recouvrement.Debtors;
using Recouvrement.Reasons;

/// <summary>A few debtors with a realistic history; the bundled portfolio grows with the sample.</summary>
internal static class DemoPortfolio
{
    private static readonly Currency Eur = Currency.EUR;

    internal static IEnumerable<Account> Accounts()
    {
        var bakery = new Debtor("C-042", "Boulangerie Martin", DebtorKind.Business, "FR")
        {
            Contacts =
            [
                new Contact("Paul Martin", ContactRole.PaymentApprover)
                {
                    Email = "paul@boulangerie.example",
                    Mobile = "+33 6 12 34 56 78",
                    Address = new PostalAddress("12 rue du Four", "69002", "Lyon", "FR"),
                },
            ],
        };
        yield return Account.Create(bakery,
        [
            Invoice("F-101", 1, 10, 2, 9, 1_200m), Invoice("F-102", 2, 10, 3, 12, 600m), Invoice("F-103", 3, 10, 4, 9, 950m),
            Invoice("F-104", 4, 1, 5, 1, 480m),
            new CreditNote("AV-7", Date(2, 20), new Money(100m, Eur)) { InvoiceId = "F-102" },
            new Payment("VIR-1", Date(2, 12), new Money(1_200m, Eur)),
            new Payment("VIR-2", Date(4, 2), new Money(500m, Eur)) { DesignatedIds = ["F-102"] },
        ]).Value;

        var garage = new Debtor("C-077", "Garage du Centre", DebtorKind.Business, "FR")
        {
            Contacts = [new Contact("Accueil", ContactRole.Accounting) { Phone = "04 72 00 00 00" }],
        };
        yield return Account.Create(garage,
        [
            Invoice("F-090", 1, 5, 1, 20, 3_400m), Invoice("F-095", 1, 25, 2, 24, 1_150m),
            new Charge("IND-090", Date(1, 21), Date(1, 21), new Money(40m, Eur), ChargeKind.Fee) { InvoiceId = "F-090" },
            new Payment("CHQ-1", Date(3, 30), new Money(1_000m, Eur)),
        ]).Value;

        var consumer = new Debtor("P-311", "Léa Bernard", DebtorKind.Consumer, "FR")
        {
            Contacts = [new Contact("Léa Bernard", ContactRole.PaymentApprover) { Email = "lea.bernard@example.org", Mobile = "06 98 76 54 32" }],
        };
        yield return Account.Create(consumer,
        [
            new Invoice("ABO-03", Date(3, 1), Date(3, 31), new Money(89.90m, Eur))
            {
                Instalments = [new Instalment(Date(3, 15), new Money(44.95m, Eur)), new Instalment(Date(3, 31), new Money(44.95m, Eur))],
            },
            new Payment("CB-1", Date(3, 15), new Money(44.95m, Eur)) { Method = PaymentMethod.Card },
        ]).Value;
    }

    /// <summary>What the collectors observed on each account: rejected payments, disputes, contact notes.</summary>
    internal static IReadOnlyList<ReasonSignal> Signals(string debtorId) => debtorId switch
    {
        "C-042" => [new DisputeOpened(Date(3, 30), "LIT-12", UnpaidReason.PriceOrQuantityDisagreement) { ItemIds = ["F-102"] }],
        "C-077" => [new DirectDebitReturned(Date(2, 5), "AM04"), new DirectDebitReturned(Date(3, 5), "AM04"), new PromiseBroken(Date(3, 20)), new PromiseBroken(Date(4, 10))],
        "P-311" => [new CardDeclined(Date(4, 1), "ExpiredCard"), new DeclaredReason(Date(4, 8), UnpaidReason.JobLoss)],
        _ => [],
    };

    /// <summary>What a debtor in hardship said they can pay each month.</summary>
    internal static Money DeclaredMonthlyCapacity(string debtorId) => debtorId == "P-311" ? new Money(20m, Eur) : new Money(500m, Eur);

    private static LocalDate Date(int month, int day) => new(2026, month, day);

    private static Invoice Invoice(string id, int issueMonth, int issueDay, int dueMonth, int dueDay, decimal amount)
        => new(id, Date(issueMonth, issueDay), Date(dueMonth, dueDay), new Money(amount, Eur));
}
