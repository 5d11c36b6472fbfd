using System.Globalization;
using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Plans;
using Snapshooter.Xunit;

namespace Recouvrement.Domain.Tests;

/// <summary>Interest, steps, fees, consolidation and renegotiation.</summary>
public class PlanTermsTests
{
    private static readonly LocalDate PlanDate = new(2026, 1, 1);

    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    private static PlanInterest Annuity(decimal percent) => new(AnnualRate.FromPercent(percent), AmortizationMethod.Annuity);

    private static string[] Errors(PlanRequest request) => [.. PaymentPlanCalculator.Calculate(request).ValidationErrors.Select(e => e.ErrorMessage)];

    [Fact]
    public void An_annuity_of_10000_at_5_percent_over_12_months_pays_856_07()
    {
        // The textbook loan: PMT(5%/12; 12; 10,000) = 856.07 (Excel PMT, any amortization table); the first month's
        // interest is 10,000 × 5 % / 12 = 41.67, so 814.40 of principal. The last instalment settles the rounding.
        var plan = Calculated.Plan(new PlanRequest(Eur(10_000m), PlanDate, PlanDate.PlusMonths(1), PlanFrequency.Monthly) { Count = 12, Interest = Annuity(5m) });

        Assert.All(plan.Instalments.Take(11), i => Assert.Equal(Eur(856.07m), i.Amount));
        Assert.Equal((Eur(41.67m), Eur(814.40m)), (plan.Instalments[0].Interest, plan.Instalments[0].Principal));
        Assert.Equal(Eur(856.12m), plan.Instalments[11].Amount);
        Assert.Equal(Eur(10_000m), plan.Principal);
        Assert.Equal(Eur(272.89m), plan.Interest);
        Assert.Equal(plan.Principal + plan.Interest, plan.Total);
    }

    [Fact]
    public void Simple_interest_on_the_outstanding_balance_gives_decreasing_instalments()
    {
        // 1,200 over 3 months at 12 %: 1 % a month on 1,200, 800 and 400.
        var plan = Calculated.Plan(new PlanRequest(Eur(1_200m), PlanDate, PlanDate.PlusMonths(1), PlanFrequency.Monthly)
        {
            Count = 3,
            Interest = new PlanInterest(AnnualRate.FromPercent(12m), AmortizationMethod.SimpleInterest),
        });
        Assert.Equal([412m, 408m, 404m], plan.Instalments.Select(i => i.Amount.Amount));
        Assert.Equal(Eur(24m), plan.Interest);
    }

    [Fact]
    public void A_deferral_beyond_one_period_adds_the_interest_of_the_extra_days_to_the_first_instalment()
    {
        // First instalment on 1 May: the first period starts on 1 April; 1 January to 1 April is 90 days of 10,000 at 5 %
        // = 123.29 (Actual/365).
        var plan = Calculated.Plan(new PlanRequest(Eur(10_000m), PlanDate, new LocalDate(2026, 5, 1), PlanFrequency.Monthly) { Count = 12, Interest = Annuity(5m) });
        Assert.Equal(Eur(41.67m + 123.29m), plan.Instalments[0].Interest);
        Assert.Equal(Eur(856.07m + 123.29m), plan.Instalments[0].Amount);
    }

    [Fact]
    public void A_capacity_includes_the_interest_and_must_exceed_it()
    {
        var plan = Calculated.Plan(new PlanRequest(Eur(1_000m), PlanDate, PlanDate.PlusMonths(1), PlanFrequency.Monthly) { Capacity = Eur(300m), Interest = Annuity(12m) });
        Assert.Equal([300m, 300m, 300m, 122.48m], plan.Instalments.Select(i => i.Amount.Amount));
        Assert.Equal(Eur(1_000m), plan.Principal);

        Assert.Equal(
            ["request.Capacity = 10.00 EUR: does not cover a period's interest (1000 minor units): the debt would never be repaid"],
            Errors(new PlanRequest(Eur(1_000m), PlanDate, PlanDate.PlusMonths(1), PlanFrequency.Monthly) { Capacity = Eur(10m), Interest = Annuity(12m) }));
    }

    [Fact]
    public void Progressive_and_degressive_plans_step_each_instalment()
    {
        var progressive = Calculated.Plan(new PlanRequest(Eur(1_000m), PlanDate, PlanDate, PlanFrequency.Monthly) { Count = 4, Step = Eur(50m) });
        Assert.Equal([175m, 225m, 275m, 325m], progressive.Instalments.Select(i => i.Amount.Amount));

        var degressive = Calculated.Plan(new PlanRequest(Eur(100m), PlanDate, PlanDate, PlanFrequency.Monthly) { Count = 3, Step = Eur(-10m) });
        Assert.Equal([43.33m, 33.33m, 23.34m], degressive.Instalments.Select(i => i.Amount.Amount));

        Assert.Equal(
            ["request.Step = -200.00 EUR: would make an instalment nil or negative: at most 166.66 EUR per step over 4 instalments"],
            Errors(new PlanRequest(Eur(1_000m), PlanDate, PlanDate, PlanFrequency.Monthly) { Count = 4, Step = Eur(-200m) }));
    }

    [Fact]
    public void A_fee_comes_with_the_first_payment_and_never_for_a_consumer()
    {
        var request = new PlanRequest(Eur(300m), PlanDate, PlanDate.PlusMonths(1), PlanFrequency.Monthly) { Count = 3, Fee = Eur(15m), DebtorKind = DebtorKind.Business };
        var plan = Calculated.Plan(request);
        Assert.Equal([115m, 100m, 100m], plan.Instalments.Select(i => i.Amount.Amount));
        Assert.Equal((Eur(15m), Eur(315m), Eur(300m)), (plan.Fees, plan.Total, plan.Principal));

        Assert.Equal(
            ["request.DebtorKind = \"Consumer\": is a consumer: collection costs may not be charged to a consumer without an enforceable title (L111-8 CPCE)"],
            Errors(request with { DebtorKind = DebtorKind.Consumer }));
        Assert.Single(Errors(request with { DebtorKind = null }));
    }

    [Fact]
    public void A_consolidated_plan_settles_the_oldest_debt_first()
    {
        var request = PlanRequest.Consolidating(
            [new PlanDebt("INV-9", new LocalDate(2025, 12, 1), Eur(250m)), new PlanDebt("INV-4", new LocalDate(2025, 10, 1), Eur(150m))],
            PlanDate,
            PlanDate.PlusMonths(1),
            PlanFrequency.Monthly).Value with { Count = 4 };
        var plan = Calculated.Plan(request);

        Assert.Equal(Eur(400m), plan.Total);
        Assert.Equal(["INV-4", "INV-9"], plan.Debts.Select(d => d.ItemId));
        Assert.Equal((2, 4), (plan.InstalmentSettling("INV-4"), plan.InstalmentSettling("INV-9")));
        Assert.Throws<ArgumentException>(() => plan.InstalmentSettling("INV-1"));
    }

    [Fact]
    public void Bad_consolidations_name_every_debt()
    {
        var result = PlanRequest.Consolidating(
            [new PlanDebt("INV-1", PlanDate, Eur(10m)), new PlanDebt("INV-1", PlanDate, new Money(5m, Currency.GBP)), null, new PlanDebt(" ", PlanDate, Eur(-1m))],
            PlanDate,
            PlanDate,
            PlanFrequency.Monthly);
        Assert.Equal(
            ["debts[1].ItemId", "debts[1].Amount", "debts[2]", "debts[3].ItemId", "debts[3].Amount"],
            result.ValidationErrors.Select(e => e.Identifier));

        var tampered = PlanRequest.Consolidating([new PlanDebt("INV-1", PlanDate, Eur(10m))], PlanDate, PlanDate, PlanFrequency.Monthly).Value with { Total = Eur(12m), Count = 1 };
        Assert.Equal(["request.Total = 12.00 EUR: must be the sum of the debts consolidated, 10.00 EUR"], Errors(tampered));
    }

    [Fact]
    public void A_renegotiated_plan_settles_what_the_old_one_still_asks_and_keeps_its_history()
    {
        var first = Calculated.Plan(new PlanRequest(Eur(1_200m), PlanDate, PlanDate.PlusMonths(1), PlanFrequency.Monthly) { Count = 12, Interest = Annuity(6m) });
        var asOf = new LocalDate(2026, 5, 20);
        var tracking = PlanTracker.Track(first, [new PlanPayment(new LocalDate(2026, 2, 1), first.Instalments[0].Amount)], asOf).Value;
        Assert.Equal(PlanHealth.Broken, tracking.Health);
        Assert.Equal(new LocalDate(2026, 4, 7), tracking.BrokenOn);

        // Instalments 2 to 4 are due in full; of the eight not due, only the principal is owed.
        var due = first.Instalments.Skip(1).Take(3).Aggregate(Eur(0m), (sum, i) => sum + i.Amount);
        var principal = first.Instalments.Skip(4).Aggregate(Eur(0m), (sum, i) => sum + i.Principal);
        Assert.Equal(due + principal, tracking.PayoffAmount);
        Assert.Equal(tracking.PayoffAmount, tracking.Accelerated);

        var second = Calculated.Plan(PlanRequest.Renegotiating(tracking, asOf.PlusDays(10), PlanFrequency.Monthly) with { Capacity = Eur(80m) });
        Assert.Equal(tracking.PayoffAmount, second.Principal);
        Assert.Same(tracking, second.Replaces);
        Assert.Equal(2, second.Revision);

        var done = PlanTracker.Track(first, [new PlanPayment(asOf, first.Total)], asOf).Value;
        Assert.Equal(["request.Replaces = 2026-01-01: is completed: nothing is left to renegotiate", "request.Total = 0.00 EUR: must be positive, in whole minor units"], Errors(PlanRequest.Renegotiating(done, asOf, PlanFrequency.Monthly) with { Count = 2 }).Order());
    }

    [Fact]
    public void Terms_that_do_not_go_together_are_all_named()
    {
        var errors = Errors(new PlanRequest(Eur(1_000m), PlanDate, PlanDate, PlanFrequency.Monthly)
        {
            Count = 4,
            Step = new Money(5m, Currency.GBP),
            Interest = new PlanInterest(AnnualRate.FromPercent(-1m), AmortizationMethod.SimpleInterest),
            Fee = Eur(0m),
        });
        Assert.Equal(["request.DebtorKind", "request.Fee", "request.Interest", "request.Step"], errors.Select(e => e.Split(' ')[0]).Order());

        Assert.Contains(
            "request.RemainderOn = First: an annuity's last instalment settles the rounding; choose Last",
            Errors(new PlanRequest(Eur(1_000m), PlanDate, PlanDate, PlanFrequency.Monthly) { Count = 4, Interest = Annuity(5m), RemainderOn = RemainderPlacement.First }));
        Assert.Contains(
            "request.Step = 10.00 EUR: goes with a number of instalments, without an annuity (constant instalments)",
            Errors(new PlanRequest(Eur(1_000m), PlanDate, PlanDate, PlanFrequency.Monthly) { Count = 4, Interest = Annuity(5m), Step = Eur(10m) }));
    }

    [Fact]
    public void Interest_fees_debts_and_history_read_in_english_and_french()
    {
        var request = PlanRequest.Consolidating(
            [new PlanDebt("INV-4", new LocalDate(2025, 10, 1), Eur(1_500m)), new PlanDebt("INV-9", new LocalDate(2025, 12, 1), Eur(2_500m))],
            PlanDate,
            new LocalDate(2026, 3, 1),
            PlanFrequency.Monthly).Value with { Count = 6, Interest = Annuity(8m), Fee = Eur(30m), DebtorKind = DebtorKind.Business };
        var plan = Calculated.Plan(request);
        var tracking = PlanTracker.Track(plan, [new PlanPayment(new LocalDate(2026, 3, 2), plan.Instalments[0].Amount)], new LocalDate(2026, 5, 15)).Value;
        var renegotiated = Calculated.Plan(PlanRequest.Renegotiating(tracking, new LocalDate(2026, 6, 1), PlanFrequency.Monthly) with { Count = 8, Interest = Annuity(8m) });

        Snapshot.Match(string.Join("\n\n", plan.Describe(CultureInfo.InvariantCulture), tracking.Describe(CultureInfo.InvariantCulture), renegotiated.Describe(CultureInfo.InvariantCulture), renegotiated.Describe(new CultureInfo("fr-FR"))));
    }

    [Fact]
    public void A_short_first_period_bears_interest_for_its_days_only()
    {
        // 10,000 at 5 % on the balance, agreed 25 January, first due 31 January: 6 days, 10,000 × 5 % × 6 / 365 = 8.22,
        // not a month's 41.67; then 7,500 × 5 % / 12 = 31.25 for the full month to 28 February.
        var simple = new PlanInterest(AnnualRate.FromPercent(5m), AmortizationMethod.SimpleInterest);
        var plan = Calculated.Plan(new PlanRequest(Eur(10_000m), new LocalDate(2026, 1, 25), new LocalDate(2026, 1, 31), PlanFrequency.Monthly) { Count = 4, Interest = simple });

        Assert.Equal([Eur(8.22m), Eur(31.25m)], plan.Instalments.Take(2).Select(i => i.Interest));
        Assert.Equal(Eur(10_000m), plan.Principal);
    }

    [Fact]
    public void A_policy_names_every_problem_and_leaves_its_fee_out_for_a_consumer()
    {
        var bad = new PlanPolicy { MaxMonths = 0, MaxCount = 0, Fee = Eur(-5m), Tolerance = new PlanTolerance { GraceDays = -1 } }.Validate();
        Assert.Equal(["MaxMonths", "MaxCount", "Fee", "Tolerance.GraceDays"], bad.ValidationErrors.Select(e => e.Identifier));

        var policy = new PlanPolicy { Fee = Eur(20m), Interest = Annuity(3m), MaxMonths = 12 }.Validate().Value;
        var business = policy.Request(Eur(600m), PlanDate, PlanDate.PlusMonths(1), DebtorKind.Business);
        var consumer = policy.Request(Eur(600m), PlanDate, PlanDate.PlusMonths(1), DebtorKind.Consumer);
        Assert.Equal((Eur(20m), (Money?)null, 12), (business.Fee!.Value, consumer.Fee, consumer.MaxMonths));
        Assert.Equal(Eur(0m), Calculated.Plan(consumer with { Count = 3 }).Fees);
    }
}
