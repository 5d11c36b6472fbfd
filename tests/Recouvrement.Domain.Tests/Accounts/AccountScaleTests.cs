using System.Diagnostics;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Internal;
using static Recouvrement.Domain.Tests.AccountFixtures;

namespace Recouvrement.Domain.Tests;

public class AccountScaleTests
{
    /// <summary>
    /// <paramref name="invoices"/> invoices, four a day, and as many payments, each smaller than an invoice: the open
    /// items pile up, so a statement that read every open item at each payment would grow with the square of the count.
    /// </summary>
    internal static AccountEntry[] PilingUp(int invoices)
    {
        var start = new LocalDate(2000, 1, 1);
        var entries = new AccountEntry[invoices * 2];
        for (var i = 0; i < invoices; i++)
        {
            var issued = start.PlusDays(i / 4);
            entries[i] = new Invoice($"INV-{i}", issued, issued.PlusDays(30), Eur(100m + (i % 50)));
            entries[invoices + i] = new Payment($"PAY-{i}", issued.PlusDays(15), Eur(60m));
        }

        return entries;
    }

    [Fact]
    public void A_statement_of_100000_entries_is_drawn_up_in_well_under_a_second()
    {
        // 50,000 invoices and 50,000 payments. Reading every open item at each payment took 26 s (Release); reading
        // what each payment settles takes a few hundred milliseconds even in a Debug build on a busy machine.
        var account = AccountOf(PilingUp(50_000));
        account.AsOf(new LocalDate(2000, 1, 31));
        var clock = Stopwatch.StartNew();
        var statement = account.AsOf(new LocalDate(2040, 1, 1));
        clock.Stop();

        Assert.Equal(50_000, statement.Allocations.Count);
        Assert.Equal(Eur((50_000 * 124.5m) - (50_000 * 60m)), statement.Open);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"AsOf took {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    [Theory]
    [InlineData(100)]
    [InlineData(10_000)]
    public void A_payment_reads_the_items_it_settles_not_every_open_item(int open)
    {
        // Open items due one a day, and a payment that settles the two oldest and part of the third: whatever the number
        // of open items, the default rule reads those three; the fourth it only finds to be due on another day.
        var items = Enumerable.Range(0, open)
            .Select(i => new OpenItem($"INV-{i}", $"INV-{i}", ChargeKind.Principal, D(1, 1).PlusDays(i), D(1, 1).PlusDays(i + 30), Eur(100m)))
            .ToArray();
        var counted = new CountedReads(items);
        var lines = new List<AllocationLine>();
        ((BuiltInAllocation)PaymentAllocationStrategies.Default).Append(Eur(250m), D(12, 31), counted, ItemKinds.All, [], lines);

        Assert.Equal(["INV-0", "INV-1", "INV-2"], lines.Select(l => l.ItemId));
        Assert.Equal(3, counted.Reads);
    }

    /// <summary>Open items that count how many times a rule reads one.</summary>
    private sealed class CountedReads : OpenItemSet
    {
        private readonly OpenItem[] items;

        internal CountedReads(OpenItem[] items)
            : base(Sized(items.Length), Sized(items.Length))
        {
            this.items = items;
            Order(Enumerable.Range(0, items.Length).ToArray(), Enumerable.Range(0, items.Length).ToArray());
            for (var i = 0; i < items.Length; i++)
            {
                Add(i);
            }
        }

        internal int Reads { get; private set; }

        internal override OpenItem this[int item]
        {
            get
            {
                Reads++;
                return items[item];
            }
        }

        internal override bool DueTogether(int item, int other) => items[item].DueDate == items[other].DueDate;

        protected override ChargeKind KindOf(int item) => items[item].Kind;

        protected override void AppendNamed(string id, List<int> named) => named.AddRange(Enumerable.Range(0, items.Length).Where(i => items[i].Id == id));

        private static OrdinalSet Sized(int size)
        {
            var set = new OrdinalSet();
            set.Reset(size);
            return set;
        }
    }
}
