using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Debtors;

namespace Recouvrement.Fuzz.Tests;

/// <summary>Accounts built from any entries, then read at any date: statements, aging and DSO.</summary>
[Trait("Category", "Fuzz")]
public sealed class AccountFuzz
{
    internal static Gen<Debtor> Debtors { get; } =
        from id in Edges.Ids
        from name in Edges.Ids
        from kind in Edges.Of(DebtorKind.Business, DebtorKind.Consumer, DebtorKind.PublicAuthority, null!)
        from country in Edges.Of("FR", "DE", "GB", "", "xx", "ZZZ")
        select new Debtor(id, name, kind, country);

    /// <summary>Entries over a small pool of ids, so that payments designate, credit notes and write-offs name real items.</summary>
    internal static Gen<AccountEntry> Entries(Gen<Money> amounts)
    {
        var ids = Gen.Frequency((6, Edges.Of("F-1", "F-2", "F-3", "P-1", "C-1")), (1, Edges.Ids));
        var invoices =
            from id in ids
            from issued in Edges.Dates
            from due in Gen.Frequency((4, Edges.Near(issued, -10, 90)), (1, Edges.Dates))
            from total in amounts
            from vat in Edges.OrNone(amounts)
            from instalments in Gen.Frequency(
                (3, Gen.Constant(Array.Empty<Instalment>())),
                (1, Edges.Many(from d in Edges.Dates from a in amounts select new Instalment(d, a))))
            select (AccountEntry)new Invoice(id, issued, due, total) { Vat = vat, Instalments = instalments };
        var payments =
            from id in ids
            from date in Edges.Dates
            from paid in amounts
            from method in Edges.Of(PaymentMethod.BankTransfer, PaymentMethod.Card, PaymentMethod.Other, null!)
            from designated in Gen.Frequency((3, Gen.Constant(Array.Empty<string>())), (1, Edges.Many(ids)))
            select (AccountEntry)new Payment(id, date, paid) { Method = method, DesignatedIds = designated };
        var others = Gen.OneOf(
            from id in ids from date in Edges.Dates from credited in amounts from invoiceId in Edges.OrNull(ids)
            select (AccountEntry)new CreditNote(id, date, credited) { InvoiceId = invoiceId },
            from id in ids from date in Edges.Dates from paid in amounts from invoiceId in Edges.OrNull(ids)
            select (AccountEntry)new Deposit(id, date, paid) { InvoiceId = invoiceId },
            from id in ids from date in Edges.Dates from itemId in ids from writtenOff in amounts
            select (AccountEntry)new WriteOff(id, date, itemId, writtenOff),
            from id in ids from date in Edges.Dates from due in Edges.Dates from charged in amounts
            from kind in Edges.Of(ChargeKind.List.Append(null!).ToArray())
            select (AccountEntry)new Charge(id, date, due, charged, kind));
        return Gen.Frequency((4, invoices), (3, payments), (2, others));
    }

    internal static Gen<AccountEntry?[]> EntryLists { get; } = Edges.Many(Edges.OrNull(Entries(Edges.MostlyEuros)));

    private static readonly Gen<IPaymentAllocationStrategy?> Strategies = Edges.Of<IPaymentAllocationStrategy?>(
        null, PaymentAllocationStrategies.OldestDueFirst, PaymentAllocationStrategies.Proportional, PaymentAllocationStrategies.FrenchCivilCode, PaymentAllocationStrategies.Default);

    [Fuzz]
    public Property An_account_of_any_entries_answers_and_reads_at_any_date()
        => Prop.ForAll(Edges.OrNull(Debtors).ToArbitrary(), (from entries in EntryLists from strategy in Strategies select (entries, strategy)).ToArbitrary(), Edges.Dates.ToArbitrary(), (debtor, account, asOf) =>
        {
            var (entries, strategy) = account;
            _ = Contract.Answers(() => Account.CreatePerCurrency(debtor, entries, strategy));
            var built = Contract.Answers(() => Account.Create(debtor, entries, strategy));
            if (built.IsSuccess)
            {
                var statement = built.Value.AsOf(asOf);
                Assert.Equal(statement.Open - statement.CreditBalance, statement.Balance);
                _ = AgingReport.For(statement);
                _ = Contract.Answers(() => AgingReport.Combine([statement, statement]));
                _ = Contract.Answers(() => DaysSalesOutstanding.Standard([statement]));
                _ = Contract.Answers(() => DaysSalesOutstanding.StandardFrom([statement], Edges.Shift(asOf, -90)));
                _ = Contract.Answers(() => DaysSalesOutstanding.Countback([statement]));
            }
        });

    [Fuzz]
    public Property Aging_buckets_and_dso_answer_any_bounds_and_periods()
        => Prop.ForAll(Edges.Many(Edges.Ints).ToArbitrary(), Edges.Ints.ToArbitrary(), Edges.Dates.ToArbitrary(), (bounds, period, from) =>
        {
            var buckets = Contract.Answers(() => AgingBuckets.Create(bounds));
            _ = Contract.Answers(() => AgingReport.Combine([], buckets.IsSuccess ? buckets.Value : null));
            _ = Contract.Answers(() => DaysSalesOutstanding.Standard([], period));
            _ = Contract.Answers(() => DaysSalesOutstanding.Countback(null, period));
            _ = Contract.Answers(() => DaysSalesOutstanding.StandardFrom([], from));
        });
}
