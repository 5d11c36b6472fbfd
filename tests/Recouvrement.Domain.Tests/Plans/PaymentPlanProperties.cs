using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Recouvrement.Plans;

namespace Recouvrement.Domain.Tests;

public class PaymentPlanProperties
{
    private static readonly Arbitrary<PlanRequest> Requests =
        (from cents in Gen.Choose(100, 5_000_000)
         from downShare in Gen.Choose(0, 50)
         from byCount in Gen.Elements(true, false)
         from count in Gen.Choose(1, 24)
         from frequency in Gen.Elements(PlanFrequency.List.ToArray())
         from firstOffset in Gen.Choose(0, 60)
         from firstLast in Gen.Elements(RemainderPlacement.First, RemainderPlacement.Last)
         let total = new Money(cents / 100m, Currency.EUR)
         let down = downShare == 0 ? (Money?)null : new Money(Math.Max(0.01m, Math.Round(total.Amount * downShare / 100m, 2) - 0.01m), Currency.EUR)
         let planDate = new LocalDate(2026, 1, 31)
         select new PlanRequest(total, planDate, planDate.PlusDays(firstOffset), frequency)
         {
             Count = byCount ? count : null,
             Capacity = byCount ? null : new Money(Math.Max(0.01m, Math.Round(total.Amount / count, 2)), Currency.EUR),
             DownPayment = down is { } d && d < total ? d : null,
             RemainderOn = firstLast,
             MaxMonths = 600,
         }).ToArbitrary();

    [KernelProperty(MaxTest = 300)]
    public Property Instalments_add_up_exactly_in_date_order_and_never_before_the_plan()
        => Prop.ForAll(Requests, request =>
        {
            var plan = PaymentPlanCalculator.Calculate(request).Value;
            Assert.Equal(request.Total, plan.Instalments.Aggregate(Money.Zero(Currency.EUR), (sum, i) => sum + i.Amount));
            Assert.All(plan.Instalments, i => Assert.True(i.Amount.IsPositive && i.Amount.IsWholeMinorUnits && i.DueDate >= request.PlanDate));
            Assert.Equal(plan.Instalments.Select(i => i.DueDate).Order(), plan.Instalments.Select(i => i.DueDate));
            var regular = plan.Instalments.Where(i => !i.IsDownPayment).Select(i => i.Amount).Distinct().Count();
            Assert.InRange(regular, 1, 2);
            if (request.Count is { } count)
            {
                Assert.Equal(count, plan.Instalments.Count(i => !i.IsDownPayment));
            }
            else
            {
                Assert.All(plan.Instalments.Where(i => !i.IsDownPayment), i => Assert.True(i.Amount <= request.Capacity!.Value));
            }
        });

    [KernelProperty(MaxTest = 100)]
    public Property The_same_request_gives_the_same_plan()
        => Prop.ForAll(Requests, request =>
            Assert.Equal(PaymentPlanCalculator.Calculate(request).Value.ToString(), PaymentPlanCalculator.Calculate(request).Value.ToString()));

    [KernelProperty(MaxTest = 200)]
    public Property Tracking_conserves_every_payment()
        => Prop.ForAll(
            Requests,
            Gen.ListOf(from day in Gen.Choose(0, 400) from cents in Gen.Choose(1, 500_000) select (day, cents / 100m)).ToArbitrary(),
            Gen.Choose(0, 500).ToArbitrary(),
            (request, payments, asOfDay) =>
            {
                var plan = PaymentPlanCalculator.Calculate(request).Value;
                var asOf = request.PlanDate.PlusDays(asOfDay);
                var received = payments.Where(p => p.day <= asOfDay).Select(p => new PlanPayment(request.PlanDate.PlusDays(p.day), new Money(p.Item2, Currency.EUR))).ToArray();
                var tracking = PlanTracker.Track(plan, received, asOf).Value;

                var total = received.Aggregate(Money.Zero(Currency.EUR), (sum, p) => sum + p.Amount);
                Assert.Equal(total, tracking.Paid + tracking.Overpaid);
                Assert.Equal(plan.Total, tracking.Paid + tracking.Remaining);
                Assert.Equal(tracking.Paid, tracking.Instalments.Aggregate(Money.Zero(Currency.EUR), (sum, i) => sum + i.Paid));
                Assert.True(tracking.Arrears <= tracking.Remaining);
            });
}
