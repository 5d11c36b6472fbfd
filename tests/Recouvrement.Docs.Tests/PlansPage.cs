using NodaTime;
using Recouvrement.Calendars;
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
}
