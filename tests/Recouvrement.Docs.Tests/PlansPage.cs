using NodaTime;
using Recouvrement.Calendars;
using Recouvrement.Debtors;
using Recouvrement.Plans;
using Recouvrement.Scheduling;

namespace Recouvrement.Docs.Tests;

/// <summary>The samples of docs/plans.md.</summary>
public class PlansPage
{
    [Fact]
    public void A_first_plan()
    {
        IBusinessCalendar franceCalendar = BusinessCalendars.France;

        // begin-snippet: first-plan
        var request = new PlanRequest(new Money(1_000m, Currency.EUR), new LocalDate(2026, 11, 23), new LocalDate(2026, 12, 10), PlanFrequency.Monthly)
        {
            Capacity = new Money(150m, Currency.EUR),        // what the debtor can pay each month
            Calendar = franceCalendar,                         // an IBusinessCalendar: BusinessCalendars.France from Scheduling
        };

        var plan = PaymentPlanCalculator.Calculate(request);  // 6 × 150.00 and a last instalment of 100.00
        // end-snippet

        Assert.Equal([150m, 150m, 150m, 150m, 150m, 150m, 100m], plan.Value.Instalments.Select(i => i.Amount.Amount));
    }

    [Fact]
    public void An_interest_bearing_consolidated_plan_then_its_renegotiation()
    {
        // begin-snippet: consolidated-plan
        var request = PlanRequest.Consolidating(
            [
                new PlanDebt("INV-104", new LocalDate(2026, 9, 30), new Money(1_800m, Currency.EUR)),
                new PlanDebt("INV-131", new LocalDate(2026, 10, 31), new Money(2_200m, Currency.EUR)),
            ],
            planDate: new LocalDate(2026, 11, 23),
            firstDueDate: new LocalDate(2026, 12, 23),
            PlanFrequency.Monthly).Value with
        {
            Count = 10,
            Interest = new PlanInterest(AnnualRate.FromPercent(6m), AmortizationMethod.Annuity),
            Fee = new Money(30m, Currency.EUR),                  // refused for a consumer (L111-8 CPCE)
            DebtorKind = DebtorKind.Business,
        };

        var plan = PaymentPlanCalculator.Calculate(request).Value;   // 411.08 a month, 30.00 of fee on the first, 411.10 last
        var settled = plan.InstalmentSettling("INV-104");             // 5: the oldest debt is settled first
        // end-snippet

        Assert.Equal(5, settled);
        Assert.Equal([441.08m, 411.08m, 411.08m, 411.08m, 411.08m, 411.08m, 411.08m, 411.08m, 411.08m, 411.10m], plan.Instalments.Select(i => i.Amount.Amount));

        // begin-snippet: renegotiation
        var asOf = new LocalDate(2027, 3, 15);
        var tracking = PlanTracker.Track(plan, [new PlanPayment(new LocalDate(2026, 12, 23), new Money(441.08m, Currency.EUR))], asOf).Value;
        // tracking.Health == PlanHealth.Broken; tracking.Accelerated: what is due at once (déchéance du terme)

        var renewed = PaymentPlanCalculator.Calculate(
            PlanRequest.Renegotiating(tracking, firstDueDate: new LocalDate(2027, 4, 5), PlanFrequency.Monthly) with
            {
                Capacity = new Money(250m, Currency.EUR),             // what the debtor can pay now
                Interest = plan.InterestTerms,
            }).Value;                                                  // renewed.Replaces == tracking, renewed.Revision == 2
        // end-snippet

        Assert.Equal(PlanHealth.Broken, tracking.Health);
        Assert.Equal(tracking.PayoffAmount, renewed.Principal);
        Assert.Equal(2, renewed.Revision);
    }
}
