using NodaTime;
using Recouvrement.Plans;

namespace Recouvrement.Domain.Tests;

/// <summary>What restoring a stored plan and tracking payments against it refuse, worded.</summary>
public class PlanRestoreRefusalTests
{
    private static readonly LocalDate PlanDate = new(2026, 8, 20);

    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    private static PlanInstalment Instalment(int number, int month, decimal amount, bool down = false)
        => new(number, new LocalDate(2026, month, 5), new LocalDate(2026, month, 5), Eur(amount), down);

    private static readonly PaymentPlan Plan = PaymentPlan.Restore(PlanDate, PlanFrequency.Monthly, [Instalment(1, 9, 250m), Instalment(2, 10, 250m)]).Value;

    private static string Refusals<T>(Ardalis.Result.Result<T> result)
        => string.Join("\n", result.ValidationErrors.Select(e => $"{e.ErrorCode} {e.ErrorMessage}"));

    [Fact]
    public void Every_problem_of_a_stored_plan_is_worded()
    {
        var result = PaymentPlan.Restore(
            PlanDate,
            null,
            [
                Instalment(1, 8, 100m),
                null,
                Instalment(2, 10, 100m, down: true),
                Instalment(4, 9, 0m),
                Instalment(5, 11, 100m) with { Interest = Eur(60m), Fee = Eur(50m) },
                Instalment(6, 12, 100m) with { Amount = new Money(100m, Currency.GBP) },
            ]);

        Assert.Equal(
            """
            required frequency = null: must be given
            out-of-range instalments[0].DueDate = 2026-08-05: must not be before the plan date nor the instalment before
            required instalments[1] = null: must not be null
            conflict instalments[2].Number = 2: must be 3; only the first may be a down payment
            out-of-range instalments[3].DueDate = 2026-09-05: must not be before the plan date nor the instalment before
            out-of-range instalments[3].Amount = 0.00 EUR: must be positive, in whole minor units, in one currency
            out-of-range instalments[4].Interest = 60.00 EUR: interest and fee (50.00 EUR) must not be negative, in EUR whole minor units, within the amount
            out-of-range instalments[5].Amount = 100.00 GBP: must be positive, in whole minor units, in one currency
            """.ReplaceLineEndings("\n"),
            Refusals(result));
        Assert.Equal("required instalments = 0: must hold at least one instalment", Refusals(PaymentPlan.Restore(PlanDate, PlanFrequency.Monthly, [])));
    }

    [Fact]
    public void A_plan_due_on_its_date_with_interest_and_fee_taking_the_whole_amount_is_restored()
    {
        var result = PaymentPlan.Restore(
            new LocalDate(2026, 9, 5),
            PlanFrequency.Monthly,
            [Instalment(1, 9, 100m, down: true), Instalment(2, 9, 100m) with { Interest = Eur(60m), Fee = Eur(40m) }, Instalment(3, 10, 100m)]);

        Assert.True(result.IsSuccess, Refusals(result));
    }

    [Fact]
    public void Consolidated_debts_must_add_up_to_the_principal()
    {
        var result = PaymentPlan.Restore(PlanDate, PlanFrequency.Monthly, [Instalment(1, 9, 250m), Instalment(2, 10, 250m)], debts: [new PlanDebt("INV-1", PlanDate, Eur(300m)), new PlanDebt("INV-2", PlanDate, Eur(199.99m))]);

        Assert.Equal("conflict debts = 2: must add up to the principal of the instalments, 500.00 EUR", Refusals(result));
        var consolidated = PaymentPlan.Restore(PlanDate, PlanFrequency.Monthly, [Instalment(1, 9, 250m), Instalment(2, 10, 250m)], debts: [new PlanDebt("INV-1", PlanDate, Eur(250m)), new PlanDebt("INV-2", PlanDate, Eur(250m))]).Value;
        Assert.Equal(1, consolidated.InstalmentSettling("INV-1"));
        Assert.Equal(2, consolidated.InstalmentSettling("INV-2"));
        Assert.Equal("itemId", Assert.Throws<ArgumentException>(() => consolidated.InstalmentSettling("INV-9")).ParamName);
    }

    [Fact]
    public void Payments_null_foreign_nil_or_after_the_date_are_each_worded()
    {
        var result = PlanTracker.Track(
            Plan,
            [
                null,
                new PlanPayment(PlanDate, new Money(5m, Currency.GBP)),
                new PlanPayment(PlanDate, Eur(0m)),
                new PlanPayment(PlanDate, Eur(0.001m)),
                new PlanPayment(PlanDate.PlusDays(11), Eur(5m)),
            ],
            PlanDate.PlusDays(10));

        Assert.Equal(
            """
            required payments[0] = null: must not be null
            currency-mismatch payments[1].Amount = 5.00 GBP: is not in EUR
            out-of-range payments[2].Amount = 0.00 EUR: must be positive, in whole minor units
            out-of-range payments[3].Amount = 0.001 EUR: must be positive, in whole minor units
            out-of-range payments[4].Date = 2026-08-31: is after the tracking date 2026-08-30
            """.ReplaceLineEndings("\n"),
            Refusals(result));
        Assert.True(PlanTracker.Track(Plan, [new PlanPayment(PlanDate.PlusDays(10), Eur(5m))], PlanDate.PlusDays(10)).IsSuccess);
        Assert.Equal("required plan = null: must be given", Refusals(PlanTracker.Track(null, [], PlanDate)));
    }
}
