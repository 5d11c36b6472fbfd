using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Recouvrement.Accounts;

namespace Recouvrement.Domain.Tests;

/// <summary>Random but valid accounts: invoices (some in instalments), charges, credit notes, payments, deposits, write-offs.</summary>
public static class AccountArbitraries
{
    private static readonly LocalDate Start = new(2026, 1, 1);

    public static Gen<AccountEntry[]> Entries { get; } =
        from invoiceCount in Gen.Choose(1, 8)
        from invoices in Gen.ArrayOf(InvoiceGen, invoiceCount)
        from movementCount in Gen.Choose(0, 10)
        from movements in Gen.ArrayOf(MovementSeed, movementCount)
        select Build(invoices, movements);

    /// <summary>An account's entries and a statement date.</summary>
    public static Gen<(AccountEntry[] Entries, LocalDate AsOf)> Scenario { get; } =
        from entries in Entries
        from day in Gen.Choose(0, 300)
        select (entries, Start.PlusDays(day));

    private static Gen<(int Issue, int Term, int Cents, int Instalments)> InvoiceGen { get; } =
        from issue in Gen.Choose(0, 200)
        from term in Gen.Choose(0, 60)
        from cents in Gen.Choose(100, 500_000)
        from instalments in Gen.Elements(0, 0, 0, 2, 3)
        select (issue, term, cents, instalments);

    private static Gen<(int Kind, int Day, int Cents, int Target)> MovementSeed { get; } =
        from kind in Gen.Choose(0, 6)
        from day in Gen.Choose(0, 300)
        from cents in Gen.Choose(1, 400_000)
        from target in Gen.Choose(0, 7)
        select (kind, day, cents, target);

    private static AccountEntry[] Build((int Issue, int Term, int Cents, int Instalments)[] invoiceSeeds, (int Kind, int Day, int Cents, int Target)[] movementSeeds)
    {
        var entries = new List<AccountEntry>();
        var invoices = new List<Invoice>();
        for (var i = 0; i < invoiceSeeds.Length; i++)
        {
            var (issue, term, cents, instalments) = invoiceSeeds[i];
            var total = new Money(cents / 100m, Currency.EUR);
            var invoice = new Invoice($"INV-{i}", Start.PlusDays(issue), Start.PlusDays(issue + term), total);
            if (instalments > 0)
            {
                var parts = total.Split(instalments);
                invoice = invoice with
                {
                    DueDate = Start.PlusDays(issue + term + (30 * (instalments - 1))),
                    Instalments = parts.Select((p, n) => new Instalment(Start.PlusDays(issue + term + (30 * n)), p)).ToArray(),
                };
            }

            invoices.Add(invoice);
        }

        entries.AddRange(invoices);
        for (var m = 0; m < movementSeeds.Length; m++)
        {
            var (kind, day, cents, target) = movementSeeds[m];
            var invoice = invoices[target % invoices.Count];
            var date = Start.PlusDays(day);
            var amount = new Money(cents / 100m, Currency.EUR);
            AccountEntry entry = kind switch
            {
                0 => new Payment($"PAY-{m}", date, amount) { DesignatedIds = [invoice.Id] },
                1 => new CreditNote($"CN-{m}", date, Fraction(invoice.Total, 0.1m)) { InvoiceId = invoice.Id },
                2 => new Deposit($"DEP-{m}", date, amount) { InvoiceId = invoice.Id },
                3 => new Charge($"FEE-{m}", date, date.PlusDays(10), new Money(40m, Currency.EUR), ChargeKind.Fee) { InvoiceId = invoice.Id },
                4 => new WriteOff($"WO-{m}", date, invoice.Id, Fraction(invoice.Total, 0.05m)),
                5 => new CreditNote($"CN-{m}", date, amount),
                _ => new Payment($"PAY-{m}", date, amount),
            };
            entries.Add(entry);
        }

        // Credit notes and write-offs take at most 10% and 5% each: cap their count so they never exceed an invoice.
        return entries.Where((e, i) => e is not (CreditNote { InvoiceId: not null } or WriteOff) || i < invoices.Count + 6).ToArray();
    }

    private static Money Fraction(Money total, decimal share)
        => Money.Max(new Money(total.Currency.MinorUnit, total.Currency), (total * share).Round());
}
