using System.Globalization;
using NodaTime;
using Recouvrement.Plans;
using Snapshooter.Xunit;

namespace Recouvrement.Domain.Tests;

public class PlanTrackerTests
{
    private static readonly LocalDate PlanDate = new(2026, 9, 1);

    // 4 monthly instalments of 250.00 on 5 September, 5 October, 5 November, 5 December 2026.
    private static readonly PaymentPlan Plan = PaymentPlanCalculator.Calculate(
        new PlanRequest(Eur(1_000m), PlanDate, new LocalDate(2026, 9, 5), PlanFrequency.Monthly) { Count = 4 }).Value;

    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    private static PlanTracking Track(LocalDate asOf, params (int Month, int Day, decimal Amount)[] payments)
        => PlanTracker.Track(Plan, payments.Select(p => new PlanPayment(new LocalDate(2026, p.Month, p.Day), Eur(p.Amount))), asOf).Value;

    [Fact]
    public void A_plan_paid_on_time_is_kept()
    {
        var tracking = Track(new LocalDate(2026, 10, 20), (9, 4, 250m), (10, 5, 250m));
        Assert.Equal(PlanHealth.Kept, tracking.Health);
        Assert.Equal([InstalmentStatus.Paid, InstalmentStatus.Paid, InstalmentStatus.Upcoming, InstalmentStatus.Upcoming], tracking.Instalments.Select(i => i.Status));
        Assert.Equal((Eur(500m), Eur(0m), Eur(500m)), (tracking.Paid, tracking.Arrears, tracking.Remaining));
    }

    [Fact]
    public void Within_the_grace_days_an_unpaid_instalment_is_due_not_late()
    {
        var tracking = Track(new LocalDate(2026, 10, 9), (9, 4, 250m), (10, 7, 100m));
        Assert.Equal([InstalmentStatus.Paid, InstalmentStatus.Due], tracking.Instalments.Take(2).Select(i => i.Status));
        Assert.Equal(PlanHealth.Kept, tracking.Health);
    }

    [Fact]
    public void One_late_instalment_puts_the_plan_at_risk_two_break_it()
    {
        var atRisk = Track(new LocalDate(2026, 10, 20), (9, 4, 250m), (10, 7, 100m));
        Assert.Equal((PlanHealth.AtRisk, Eur(150m), 15), (atRisk.Health, atRisk.Arrears, atRisk.Instalments[1].DaysLate));

        var broken = Track(new LocalDate(2026, 11, 20), (9, 4, 250m), (10, 7, 100m));
        Assert.Equal((PlanHealth.Broken, Eur(400m)), (broken.Health, broken.Arrears));
    }

    [Fact]
    public void Early_and_over_payments_are_never_lost()
    {
        var early = Track(new LocalDate(2026, 9, 2), (9, 2, 400m));
        Assert.Equal([InstalmentStatus.Paid, InstalmentStatus.PartlyPaid, InstalmentStatus.Upcoming, InstalmentStatus.Upcoming], early.Instalments.Select(i => i.Status));

        var over = Track(new LocalDate(2026, 12, 1), (9, 2, 1_100m));
        Assert.Equal((PlanHealth.Completed, Eur(100m), Eur(0m)), (over.Health, over.Overpaid, over.Remaining));
    }

    [Fact]
    public void Bad_payments_are_all_listed()
    {
        var result = PlanTracker.Track(Plan, [null, new PlanPayment(PlanDate, new Money(5m, Currency.GBP)), new PlanPayment(PlanDate.PlusDays(90), Eur(5m))], PlanDate.PlusDays(10));
        Assert.Equal(["payments[0]", "payments[1].Amount", "payments[2].Date"], result.ValidationErrors.Select(e => e.Identifier));
    }

    [Fact]
    public void The_tracking_reads_in_english_and_french()
    {
        var tracking = Track(new LocalDate(2026, 10, 20), (9, 4, 250m), (10, 7, 100m));
        Snapshot.Match(tracking.Describe(CultureInfo.InvariantCulture) + "\n\n" + tracking.Describe(new CultureInfo("fr-FR")));
    }
}
