using System.Globalization;
using NodaTime;
using Recouvrement.Calendars;
using Recouvrement.Plans;
using Snapshooter.Xunit;

namespace Recouvrement.Domain.Tests;

public class PaymentPlanTests
{
    private static readonly LocalDate PlanDate = new(2026, 11, 23);

    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    [Fact]
    public void Equal_instalments_add_up_with_the_remainder_on_the_last()
    {
        var plan = Calculated.Plan(new PlanRequest(Eur(100m), PlanDate, new LocalDate(2026, 12, 5), PlanFrequency.Monthly) { Count = 7 });

        Assert.Equal([14.28m, 14.28m, 14.28m, 14.28m, 14.28m, 14.28m, 14.32m], plan.Instalments.Select(i => i.Amount.Amount));
        Assert.Equal(new LocalDate(2027, 6, 5), plan.LastDueDate);
    }

    [Fact]
    public void The_remainder_goes_on_the_first_when_asked()
    {
        var plan = Calculated.Plan(new PlanRequest(Eur(100m), PlanDate, PlanDate, PlanFrequency.Weekly) { Count = 3, RemainderOn = RemainderPlacement.First });
        Assert.Equal([33.34m, 33.33m, 33.33m], plan.Instalments.Select(i => i.Amount.Amount));
        Assert.Equal([PlanDate, PlanDate.PlusDays(7), PlanDate.PlusDays(14)], plan.Instalments.Select(i => i.DueDate));
    }

    [Fact]
    public void Capacity_decides_the_number_of_instalments_and_the_last_one()
    {
        // Seed 000 §3: €1,000 at what the debtor can pay, €150 a month → 6 × 150 and a last one of 100.
        var plan = Calculated.Plan(new PlanRequest(Eur(1_000m), PlanDate, new LocalDate(2026, 12, 10), PlanFrequency.Monthly) { Capacity = Eur(150m) });
        Assert.Equal([150m, 150m, 150m, 150m, 150m, 150m, 100m], plan.Instalments.Select(i => i.Amount.Amount));
    }

    [Fact]
    public void A_tiny_last_instalment_is_folded_into_the_one_before_when_below_the_minimum()
    {
        var plan = Calculated.Plan(new PlanRequest(Eur(44.95m), PlanDate, PlanDate.PlusDays(15), PlanFrequency.Monthly) { Capacity = Eur(20m), MinimumInstalment = Eur(10m) });
        Assert.Equal([20m, 24.95m], plan.Instalments.Select(i => i.Amount.Amount));
    }

    [Fact]
    public void A_down_payment_falls_on_the_plan_date_then_the_series_after_a_deferral()
    {
        var plan = Calculated.Plan(new PlanRequest(Eur(1_200m), PlanDate, new LocalDate(2027, 2, 1), PlanFrequency.Quarterly) { Count = 4, DownPayment = Eur(200m) });

        Assert.True(plan.Instalments[0].IsDownPayment);
        Assert.Equal((PlanDate, Eur(200m)), (plan.Instalments[0].DueDate, plan.Instalments[0].Amount));
        Assert.Equal([new LocalDate(2027, 2, 1), new LocalDate(2027, 5, 1), new LocalDate(2027, 8, 1), new LocalDate(2027, 11, 1)], plan.Instalments.Skip(1).Select(i => i.ScheduledDate));
        Assert.Equal([250m, 250m, 250m, 250m], plan.Instalments.Skip(1).Select(i => i.Amount.Amount));
    }

    [Theory]
    [InlineData(MonthEndRule.KeepShortenedDay, new[] { "2027-01-31", "2027-02-28", "2027-03-28", "2027-04-28" })]
    [InlineData(MonthEndRule.ReturnToAnchorDay, new[] { "2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30" })]
    public void End_of_month_instalments_keep_the_shortened_day_or_return_to_the_31st(MonthEndRule rule, string[] dates)
    {
        var plan = Calculated.Plan(new PlanRequest(Eur(400m), PlanDate, new LocalDate(2027, 1, 31), PlanFrequency.Monthly) { Count = 4, MonthEnd = rule });
        Assert.Equal(dates, plan.Instalments.Select(i => i.ScheduledDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Instalments_move_off_non_business_days_through_the_calendar()
    {
        // 30 January 2027 is a Saturday, 28 February and 28 March Sundays, 1 March a holiday of this calendar.
        var request = new PlanRequest(Eur(400m), PlanDate, new LocalDate(2027, 1, 30), PlanFrequency.Monthly) { Count = 4, Calendar = new WeekendsOnly(), MonthEnd = MonthEndRule.KeepShortenedDay };
        var following = Calculated.Plan(request);
        var modified = Calculated.Plan(request with { Convention = BusinessDayConvention.ModifiedFollowing });

        Assert.Equal([new LocalDate(2027, 2, 1), new LocalDate(2027, 3, 2), new LocalDate(2027, 3, 29), new LocalDate(2027, 4, 28)], following.Instalments.Select(i => i.DueDate));
        Assert.Equal([new LocalDate(2027, 1, 29), new LocalDate(2027, 2, 26), new LocalDate(2027, 3, 29), new LocalDate(2027, 4, 28)], modified.Instalments.Select(i => i.DueDate));
    }

    [Fact]
    public void A_plan_beyond_24_months_is_refused_with_what_would_fit()
    {
        var result = PaymentPlanCalculator.Calculate(new PlanRequest(Eur(10_000m), PlanDate, new LocalDate(2026, 12, 1), PlanFrequency.Monthly) { Capacity = Eur(300m) });

        var error = Assert.Single(result.ValidationErrors);
        Assert.Equal("request = \"2029-09-01\": the plan would end after 2028-11-23, the limit of 24 months: at least 416.67 EUR per instalment (24 instalments) would fit", error.ErrorMessage);
    }

    [Fact]
    public void Bad_requests_name_every_problem()
    {
        var request = new PlanRequest(new Money(-5m, Currency.EUR), PlanDate, PlanDate.PlusDays(-1), null!)
        {
            Capacity = new Money(10m, Currency.GBP),
            Count = 0,
            MaxMonths = 0,
        };

        var result = PaymentPlanCalculator.Calculate(request);

        Assert.Equal(
            ["request.Total", "request.Frequency", "request.FirstDueDate", "request.Count", "request.Count", "request.Capacity", "request.MaxMonths"],
            result.ValidationErrors.Select(e => e.Identifier));
    }

    [Fact]
    public void Minimum_instalment_and_maximum_count_are_kept()
    {
        var small = PaymentPlanCalculator.Calculate(new PlanRequest(Eur(100m), PlanDate, PlanDate, PlanFrequency.Weekly) { Count = 10, MinimumInstalment = Eur(15m) });
        Assert.Contains("below the minimum instalment 15.00 EUR", Assert.Single(small.ValidationErrors).ErrorMessage, StringComparison.Ordinal);

        var many = PaymentPlanCalculator.Calculate(new PlanRequest(Eur(100m), PlanDate, PlanDate, PlanFrequency.Weekly) { Capacity = Eur(10m), MaxCount = 6 });
        Assert.Contains("more than the 6 instalments allowed", Assert.Single(many.ValidationErrors).ErrorMessage, StringComparison.Ordinal);

        var poor = PaymentPlanCalculator.Calculate(new PlanRequest(Eur(100m), PlanDate, PlanDate, PlanFrequency.Weekly) { Capacity = Eur(10m), MinimumInstalment = Eur(15m) });
        Assert.Equal("request.Capacity = 10.00 EUR: is below the minimum instalment 15.00 EUR", poor.ValidationErrors.First().ErrorMessage);
    }

    [Fact]
    public void The_schedule_reads_in_english_and_french()
    {
        var plan = Calculated.Plan(new PlanRequest(Eur(1_000m), PlanDate, new LocalDate(2027, 1, 30), PlanFrequency.Monthly)
        {
            Capacity = Eur(300m),
            DownPayment = Eur(100m),
            Calendar = new WeekendsOnly(),
        });
        Snapshot.Match(plan.Describe(CultureInfo.InvariantCulture) + "\n\n" + plan.Describe(new CultureInfo("fr-FR")));
    }

    [Fact]
    public void A_stored_plan_is_restored_and_checked()
    {
        var plan = PaymentPlanCalculator.Calculate(new PlanRequest(new Money(1_000m, Currency.EUR), new LocalDate(2026, 1, 31), new LocalDate(2026, 2, 28), PlanFrequency.Monthly) { Count = 3 }).Value;
        var restored = PaymentPlan.Restore(plan.PlanDate, plan.Frequency, plan.Instalments).Value;
        Assert.Equal(plan.Describe(null), restored.Describe(null));

        var broken = PaymentPlan.Restore(plan.PlanDate, null, [plan.Instalments[1], plan.Instalments[0] with { Amount = new Money(-1m, Currency.EUR) }]);
        Assert.Equal(["frequency", "instalments[0].Number", "instalments[1].Number", "instalments[1].DueDate", "instalments[1].Amount"], broken.ValidationErrors.Select(e => e.Identifier));
    }
}

