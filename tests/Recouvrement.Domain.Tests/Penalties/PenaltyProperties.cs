using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Penalties;

namespace Recouvrement.Domain.Tests;

public class PenaltyProperties
{
    private static readonly LatePaymentRule France = LatePaymentRule.FranceBusiness();

    // An invoice due between 2016 and 2024, and as-of dates up to two years later.
    private static readonly Arbitrary<(decimal Amount, LocalDate Due, int Days, int MoreDays, decimal Extra)> Cases =
        (from cents in Gen.Choose(1, 100_000_000)
         from dueOffset in Gen.Choose(0, 3_287)
         from days in Gen.Choose(-30, 500)
         from more in Gen.Choose(0, 300)
         from extra in Gen.Choose(0, 1_000_000)
         select (cents / 100m, new LocalDate(2016, 1, 1).PlusDays(dueOffset), days, more, extra / 100m)).ToArbitrary();

    private static PenaltyBreakdown Penalty(decimal amount, LocalDate due, LocalDate asOf)
    {
        // Dates may run past the shipped rate data: carry the last rate forward rather than fail.
        var result = PenaltyCalculator.Calculate(new LateInvoice("P", new Money(amount, Currency.EUR), due), DebtorKind.Business, France, asOf, carryLastRateForward: true);
        Assert.True(result.IsSuccess);
        return result.Value;
    }

    [KernelProperty]
    public Property Never_negative_and_zero_up_to_the_due_date()
        => Prop.ForAll(Cases, c =>
        {
            var penalty = Penalty(c.Amount, c.Due, c.Due.PlusDays(c.Days));
            Assert.False(penalty.Interest.IsNegative);
            if (c.Days <= 0)
            {
                Assert.Equal(Money.Zero(Currency.EUR), penalty.Total);
            }
        });

    [KernelProperty]
    public Property Monotone_in_days_and_in_amount_with_constant_compensation()
        => Prop.ForAll(Cases, c =>
        {
            var asOf = c.Due.PlusDays(Math.Max(c.Days, 1));
            var sooner = Penalty(c.Amount, c.Due, asOf);
            var later = Penalty(c.Amount, c.Due, asOf.PlusDays(c.MoreDays));
            var larger = Penalty(c.Amount + c.Extra, c.Due, asOf);
            Assert.True(later.Interest >= sooner.Interest);
            Assert.True(larger.Interest >= sooner.Interest);
            Assert.Equal(sooner.Compensation, later.Compensation);
            Assert.Equal(sooner.Interest, sooner.Lines.Aggregate(Money.Zero(Currency.EUR), (sum, l) => sum + l.Amount));
        });

    [KernelProperty]
    public Property Additive_across_a_split_date_within_one_minor_unit()
        => Prop.ForAll(Cases, c =>
        {
            var d1 = c.Due.PlusDays(Math.Max(c.Days, 1));
            var d2 = d1.PlusDays(c.MoreDays);
            var toD1 = Penalty(c.Amount, c.Due, d1);
            var toD2 = Penalty(c.Amount, c.Due, d2);
            var d1ToD2 = Math.Round(toD2.ExactInterest - toD1.ExactInterest, 2, MidpointRounding.AwayFromZero);
            Assert.True(Math.Abs(toD2.Interest.Amount - (toD1.Interest.Amount + d1ToD2)) <= 0.01m);
        });

    private static readonly LatePaymentRule[] Rules =
    [
        France,
        LatePaymentRule.FranceConsumer(),
        LatePaymentRule.Germany(),
        LatePaymentRule.FranceBusinessContractualRate(AnnualRate.FromPercent(9m)).Value,
        LatePaymentRule.Contractual(new ContractualTerms
        {
            Name = "indexed, average daily balance",
            DayCount = DayCount.ActualActual,
            ReferenceRate = ReferenceRates.EcbMainRefinancingRate,
            Margin = AnnualRate.FromPercent(4m),
            Method = InterestMethod.AverageDailyBalance,
            GraceDays = 10,
            Cap = new Money(2_000m, Currency.EUR),
        }).Value,
    ];

    // Any shipped rule, up to three settlements on either side of the due date, either settlement order.
    private static readonly Arbitrary<(LateInvoice Invoice, LatePaymentRule Rule, LocalDate AsOf, SettlementOrder Order)> Calculations =
        (from c in Cases.Generator
         from rule in Gen.Elements(Rules)
         from settlements in Gen.ListOf(
             from offset in Gen.Choose(-20, 600)
             from cents in Gen.Choose(1, 5_000_000)
             select (offset, cents / 100m)).Select(list => list.Take(3).ToArray())
         from judgment in Gen.Choose(0, 400)
         from interestFirst in Gen.Elements(false, true)
         let invoice = new LateInvoice("P", new Money(c.Amount, Currency.EUR), c.Due)
         {
             Settlements = [.. settlements.Select(s => new Settlement(c.Due.PlusDays(s.offset), new Money(s.Item2, Currency.EUR)))],
             FormalNoticeDate = c.Due.PlusDays(15),
             JudgmentDate = c.Due.PlusDays(judgment),
         }
         select (invoice, rule, c.Due.PlusDays(c.Days + c.MoreDays), interestFirst ? SettlementOrder.InterestFirst : SettlementOrder.PrincipalFirst)).ToArbitrary();

    [KernelProperty(MaxTest = 300)]
    public Property The_total_only_path_gives_the_breakdown_s_figures()
        => Prop.ForAll(Calculations, c =>
        {
            var kind = c.Rule == Rules[1] ? DebtorKind.Consumer : DebtorKind.Business;
            var breakdown = PenaltyCalculator.Calculate(c.Invoice, kind, c.Rule, c.AsOf, carryLastRateForward: true, c.Order);
            Assert.True(PenaltyCalculator.TryCalculateTotal(c.Invoice, kind, c.Rule, c.AsOf, out var total, out _, carryLastRateForward: true, c.Order));
            Assert.Equal(
                (breakdown.Value.Interest, breakdown.Value.InterestPaid, breakdown.Value.Compensation, breakdown.Value.Total),
                (total.Interest, total.InterestPaid, total.Compensation, total.Total));
        });

    [KernelProperty(MaxTest = 300)]
    public Property The_lines_share_the_rounded_interest_within_a_cent_of_their_exact_amounts()
        => Prop.ForAll(Calculations, c =>
        {
            var kind = c.Rule == Rules[1] ? DebtorKind.Consumer : DebtorKind.Business;
            var breakdown = PenaltyCalculator.Calculate(c.Invoice, kind, c.Rule, c.AsOf, carryLastRateForward: true, c.Order).Value;

            Assert.Equal(breakdown.Interest.Amount, breakdown.Lines.Sum(l => l.Amount.Amount));
            if (breakdown.Interest.Amount == Math.Round(breakdown.ExactInterest, 2, MidpointRounding.AwayFromZero))
            {
                // No minimum or cap moved the total: each line is its exact amount rounded down, or up by one cent.
                Assert.All(breakdown.Lines, l => Assert.InRange(l.Amount.Amount - l.ExactAmount, -0.01m, 0.01m));
            }
        });

    // Rates of up to six decimals are shared in integers, finer ones in decimals: the figures are the same.
    [KernelProperty(MaxTest = 200)]
    public Property A_rate_written_with_more_decimals_gives_the_same_figures()
        => Prop.ForAll(
            Calculations,
            Gen.Choose(1, 2_500).ToArbitrary(),
            Gen.Elements(DayCount.Actual365Fixed, DayCount.Actual360, DayCount.ActualActual).ToArbitrary(),
            (c, basisPoints, dayCount) =>
            {
                PenaltyBreakdown Penalty(decimal fraction)
                {
                    var rule = LatePaymentRule.Contractual(new ContractualTerms { FixedRate = AnnualRate.FromFraction(fraction), DayCount = dayCount }).Value;
                    return PenaltyCalculator.Calculate(c.Invoice, DebtorKind.Business, rule, c.AsOf, settlementOrder: c.Order).Value;
                }

                var coarse = Penalty(basisPoints / 10_000m);
                var fine = Penalty((basisPoints / 10_000m) + 0.000000000000m);
                Assert.Equal((coarse.Interest, coarse.InterestPaid, coarse.ExactInterest), (fine.Interest, fine.InterestPaid, fine.ExactInterest));
                Assert.Equal(coarse.Lines.Select(l => (l.Amount, l.ExactAmount)), fine.Lines.Select(l => (l.Amount, l.ExactAmount)));
            });
}
