using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Recouvrement.Accounts;
using static Recouvrement.Domain.Tests.AccountFixtures;

namespace Recouvrement.Domain.Tests;

/// <summary>
/// The library's rules, which walk the open items a statement keeps in due order, against the rules written the
/// straightforward way: a host strategy handed every open item at each payment, which sorts them all and fills.
/// </summary>
public class AllocationReferenceProperties
{
    private static readonly (IPaymentAllocationStrategy Rule, IPaymentAllocationStrategy Reference)[] Rules =
    [
        (PaymentAllocationStrategies.Default, Reference.Designated(Reference.ChargesFirst(Reference.CivilCode))),
        (PaymentAllocationStrategies.FrenchCivilCode, Reference.CivilCode),
        (PaymentAllocationStrategies.OldestDueFirst, Reference.OldestDueFirst),
        (PaymentAllocationStrategies.Proportional, Reference.Proportional),
        (PaymentAllocationStrategies.Designated(PaymentAllocationStrategies.OldestDueFirst), Reference.Designated(Reference.OldestDueFirst)),
        (PaymentAllocationStrategies.ChargesFirst(PaymentAllocationStrategies.Designated(PaymentAllocationStrategies.Proportional)), Reference.ChargesFirst(Reference.Designated(Reference.Proportional))),
    ];

    [KernelProperty(MaxTest = 300)]
    public Property Every_rule_gives_the_statement_of_its_straightforward_reference()
        => Prop.ForAll(AccountArbitraries.Scenario.ToArbitrary(), Gen.Choose(0, Rules.Length - 1).ToArbitrary(), (s, r) =>
        {
            var (rule, reference) = Rules[r];
            var expected = AccountOf(reference, s.Entries).AsOf(s.AsOf);
            var actual = AccountOf(rule, s.Entries).AsOf(s.AsOf);
            Assert.Equal(expected.Items, actual.Items);
            Assert.Equal(expected.Allocations.Select(a => a.ToString()), actual.Allocations.Select(a => a.ToString()));
        });

    [KernelProperty(MaxTest = 300)]
    public Property Every_rule_allocates_a_list_as_its_reference_does()
        => Prop.ForAll(OpenItems.ToArbitrary(), Gen.Choose(0, Rules.Length - 1).ToArbitrary(), Gen.Choose(1, 200_000).ToArbitrary(), (items, r, cents) =>
        {
            var (rule, reference) = Rules[r];
            var designated = items.Length == 0 ? [] : new[] { items[^1].InvoiceId, items[0].Id };
            var amount = Eur(cents / 100m);
            Assert.Equal(reference.Allocate(amount, D(6, 1), items, designated), rule.Allocate(amount, D(6, 1), items, designated));
        });

    // Items due on few distinct days, so that ties are frequent, some of them charges on an invoice.
    private static Gen<OpenItem[]> OpenItems { get; } = Gen.ArrayOf(
        from n in Gen.Choose(0, 5)
        from due in Gen.Choose(0, 8)
        from charge in Gen.Elements(false, false, true)
        from cents in Gen.Choose(1, 50_000)
        select new OpenItem(charge ? $"FEE-{n}-{due}" : $"INV-{n}/{due + 1}", $"INV-{n}", charge ? ChargeKind.Fee : ChargeKind.Principal, D(1, 1), D(5, 1).PlusDays(due * 15), Eur(cents / 100m)));

    /// <summary>The rules as they read: sort every open item, then fill in that order.</summary>
    private sealed class Reference(string name, Func<Money, LocalDate, OpenItem[], IReadOnlyList<string>, List<AllocationLine>> allocate) : IPaymentAllocationStrategy
    {
        public static readonly Reference OldestDueFirst = new(
            PaymentAllocationStrategies.OldestDueFirst.Name,
            (amount, _, items, _) => Fill(amount.Amount, items.OrderBy(i => i.DueDate).Select(i => new[] { i }), _ => "oldest due date first"));

        public static readonly Reference CivilCode = new(
            PaymentAllocationStrategies.FrenchCivilCode.Name,
            (amount, date, items, _) => Fill(
                amount.Amount,
                items.GroupBy(i => (!i.IsDueOn(date), i.DueDate)).OrderBy(g => g.Key).Select(g => g.ToArray()),
                i => i.IsDueOn(date) ? "due, oldest first (C. civ. 1342-10)" : "not yet due, oldest first (C. civ. 1342-10)"));

        public static readonly Reference Proportional = new(
            PaymentAllocationStrategies.Proportional.Name,
            (amount, _, items, _) => Fill(amount.Amount, [items], _ => "pro rata of the open amounts"));

        public string Name => name;

        public static Reference ChargesFirst(Reference inner) => new(
            PaymentAllocationStrategies.ChargesFirst(inner).Name,
            (amount, date, items, designated) =>
            {
                if (!items.Any(i => i.Kind.IsCharge))
                {
                    return inner.Allocate(amount, date, items, designated).ToList();
                }

                var lines = inner.Allocate(amount, date, items.Where(i => i.Kind.IsCharge).ToArray(), designated)
                    .Select(l => l with { Reason = "charge before principal (C. civ. 1343-1), " + l.Reason }).ToList();
                var left = amount.Amount - lines.Sum(l => l.Amount.Amount);
                if (left > 0m)
                {
                    lines.AddRange(inner.Allocate(new Money(left, amount.Currency), date, items.Where(i => !i.Kind.IsCharge).ToArray(), designated));
                }

                return lines;
            });

        public static Reference Designated(Reference fallback) => new(
            PaymentAllocationStrategies.Designated(fallback).Name,
            (amount, date, items, designated) =>
            {
                if (designated.Count == 0)
                {
                    return fallback.Allocate(amount, date, items, designated).ToList();
                }

                var used = new HashSet<OpenItem>();
                var lines = new List<AllocationLine>();
                var left = amount.Amount;
                foreach (var id in designated)
                {
                    var named = items.Where(i => !used.Contains(i) && (i.Id == id || i.InvoiceId == id)).ToArray();
                    used.UnionWith(named);
                    var (more, rest) = (Fill(left, named.OrderBy(i => i.DueDate).Select(i => new[] { i }), _ => "designated by the debtor (C. civ. 1342-10)"), left);
                    lines.AddRange(more);
                    left = rest - more.Sum(l => l.Amount.Amount);
                }

                if (left > 0m)
                {
                    lines.AddRange(fallback.Allocate(new Money(left, amount.Currency), date, items.Where(i => !used.Contains(i)).ToArray(), []));
                }

                return lines;
            });

        public IReadOnlyList<AllocationLine> Allocate(Money amount, LocalDate paymentDate, IReadOnlyList<OpenItem> openItems, IReadOnlyList<string> designatedIds)
            => allocate(amount, paymentDate, [.. openItems], designatedIds);

        /// <summary>Settles the groups in turn; a group the money cannot settle shares it pro rata of the open amounts.</summary>
        private static List<AllocationLine> Fill(decimal left, IEnumerable<OpenItem[]> groups, Func<OpenItem, string> reason)
        {
            var lines = new List<AllocationLine>();
            foreach (var group in groups.Where(g => g.Length > 0))
            {
                var open = group.Sum(i => i.Open.Amount);
                if (left <= 0m)
                {
                    break;
                }

                if (left >= open)
                {
                    lines.AddRange(group.Select(i => new AllocationLine(i.Id, i.Open, reason(i))));
                    left -= open;
                }
                else if (group.Length == 1)
                {
                    lines.Add(new AllocationLine(group[0].Id, new Money(left, group[0].Open.Currency), reason(group[0])));
                    left = 0m;
                }
                else
                {
                    var shares = new Money(left, group[0].Open.Currency).Allocate(group.Select(i => i.Open.Amount).ToArray());
                    lines.AddRange(group.Zip(shares).Where(p => !p.Second.IsZero).Select(p => new AllocationLine(p.First.Id, p.Second, reason(p.First) + ", pro rata")));
                    left = 0m;
                }
            }

            return lines;
        }
    }
}
