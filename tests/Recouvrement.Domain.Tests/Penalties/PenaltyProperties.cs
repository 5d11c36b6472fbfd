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

    [Property]
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

    [Property]
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

    [Property]
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
}
