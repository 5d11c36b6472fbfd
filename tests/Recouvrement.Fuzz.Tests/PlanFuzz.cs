using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Recouvrement.Calendars;
using Recouvrement.Debtors;
using Recouvrement.Plans;
using Recouvrement.Scheduling;

namespace Recouvrement.Fuzz.Tests;

/// <summary>Payment plans of any request: calculated, proposed, restored and tracked against any payments.</summary>
[Trait("Category", "Fuzz")]
public sealed class PlanFuzz
{
    private static readonly Gen<Money?> OptionalAmounts = Edges.OrNone(Edges.MostlyEuros);

    private static readonly Gen<int?> OptionalCounts = Edges.OrNone(Edges.Counts);

    private static readonly Gen<PlanFrequency> Frequencies = Edges.Of(PlanFrequency.Weekly, PlanFrequency.Fortnightly, PlanFrequency.Monthly, PlanFrequency.Quarterly, null!);

    internal static Gen<PlanRequest> Requests { get; } =
        from total in Edges.MostlyEuros
        from planDate in Edges.Dates
        from firstDue in Gen.Frequency((4, Edges.Near(planDate, -5, 60)), (1, Edges.Dates))
        from frequency in Frequencies
        from count in OptionalCounts
        from maxCount in OptionalCounts
        from maxMonths in Gen.Frequency((3, Gen.Constant(0)), (1, Edges.Ints))
        from capacity in OptionalAmounts
        from downPayment in OptionalAmounts
        from fee in OptionalAmounts
        from minimum in OptionalAmounts
        from minimumPercent in Gen.Frequency((3, Gen.Constant(0m)), (1, Edges.Decimals))
        from step in OptionalAmounts
        from interest in Gen.Frequency(
            (3, Gen.Constant<PlanInterest?>(null)),
            (1, from rate in Edges.Decimals from method in Edges.Of(AmortizationMethod.Annuity, AmortizationMethod.SimpleInterest, null!)
                select (PlanInterest?)new PlanInterest(AnnualRate.FromPercent(rate), method)))
        from calendar in Edges.Of<IBusinessCalendar?>(null, BusinessCalendars.France, BusinessCalendars.WeekendsOnly)
        from convention in Edges.Of(BusinessDayConvention.Unadjusted, BusinessDayConvention.Following, BusinessDayConvention.ModifiedFollowing, BusinessDayConvention.Preceding, (BusinessDayConvention)9)
        from monthEnd in Edges.Of(MonthEndRule.KeepShortenedDay, MonthEndRule.ReturnToAnchorDay, (MonthEndRule)9)
        from placement in Edges.Of(RemainderPlacement.First, RemainderPlacement.Last, (RemainderPlacement)9)
        from kind in Edges.Of<DebtorKind?>(null, DebtorKind.Consumer, DebtorKind.Business)
        select new PlanRequest(total, planDate, firstDue, frequency)
        {
            Count = count, MaxCount = maxCount, MaxMonths = maxMonths, Capacity = capacity, DownPayment = downPayment, Fee = fee,
            MinimumInstalment = minimum, MinimumInstalmentPercent = minimumPercent, Step = step, Interest = interest,
            Calendar = calendar, Convention = convention, MonthEnd = monthEnd, RemainderOn = placement, DebtorKind = kind,
        };

    [Fuzz]
    public Property A_plan_request_answers_and_a_plan_sums_to_its_total()
        => Prop.ForAll(Edges.OrNull(Requests).ToArbitrary(), request =>
        {
            var plan = Contract.Answers(() => PaymentPlanCalculator.Calculate(request));
            _ = Contract.Answers(() => PlanProposals.For(request));
            if (plan.IsSuccess)
            {
                var restored = Contract.Answers(() => PaymentPlan.Restore(plan.Value.PlanDate, plan.Value.Frequency, plan.Value.Instalments, plan.Value.InterestTerms, plan.Value.Debts));
                Assert.True(restored.IsSuccess, string.Join("; ", restored.ValidationErrors.Select(e => e.ErrorMessage)));
            }
        });

    [Fuzz]
    public Property A_plan_is_tracked_against_any_payments()
        => Prop.ForAll(
            (from request in Requests.Select(r => r with { Count = 3, Capacity = null, MaxCount = null })
             from payments in Edges.Many(Edges.OrNull(from d in Edges.Dates from a in Edges.MostlyEuros select new PlanPayment(d, a)))
             from asOf in Edges.Dates
             from grace in Edges.Ints
             select (request, payments, asOf, grace)).ToArbitrary(),
            input =>
            {
                var (request, payments, asOf, grace) = input;
                var plan = Contract.Answers(() => PaymentPlanCalculator.Calculate(request));
                var tolerance = new PlanTolerance { GraceDays = grace };
                _ = Contract.Answers(() => PlanTracker.Track(plan.IsSuccess ? plan.Value : null, payments, asOf, tolerance));
            });

    [Fuzz]
    public Property Consolidating_answers_any_debts()
        => Prop.ForAll(
            (from debts in Edges.Many(Edges.OrNull(from id in Edges.Ids from d in Edges.Dates from a in Edges.MostlyEuros select new PlanDebt(id, d, a)))
             from planDate in Edges.Dates
             from firstDue in Edges.Dates
             from frequency in Frequencies
             select (debts, planDate, firstDue, frequency)).ToArbitrary(),
            input =>
            {
                var (debts, planDate, firstDue, frequency) = input;
                var request = Contract.Answers(() => PlanRequest.Consolidating(debts, planDate, firstDue, frequency));
                if (request.IsSuccess)
                {
                    _ = Contract.Answers(() => PaymentPlanCalculator.Calculate(request.Value));
                }
            });
}
