using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.Result;

namespace Recouvrement.Plans;

/// <summary>
/// Proposes plans a debtor can keep and a creditor accepts, from the debt and the capacity the debtor declared (seeds
/// 000 §4, 002 §4): close to the capacity — the fewest instalments it allows, and one more for a margin, each in equal
/// instalments —, never below the creditor's minimum instalment (the larger of <see cref="PlanRequest.MinimumInstalment"/>
/// and <see cref="PlanRequest.MinimumInstalmentPercent"/> of the debt), within the maximum term, which is a ceiling and
/// not a target. Ranked by the time to recovery, then by risk (the largest instalment); identical plans are given once.
/// </summary>
/// <remarks>
/// When the capacity is below the creditor's minimum, the plan at the minimum (beyond the capacity) and the plan at the
/// capacity (below the minimum, for a person to approve) are both shown; when the capacity cannot repay the debt within
/// the maximum term, the lowest instalment the term allows is shown, marked beyond capacity, so that the collector sees
/// the gap.
/// </remarks>
public static class PlanProposals
{
    /// <summary>Proposes plans for <paramref name="request"/>, whose <see cref="PlanRequest.Capacity"/> is the debtor's declared capacity.</summary>
    /// <param name="request">
    /// The debt, the dates, the constraints and the declared capacity (<see cref="PlanRequest.Count"/> unset), positive and
    /// in the debt's currency; within <see cref="PlanLimits"/>, as <see cref="PaymentPlanCalculator.Calculate"/> checks it,
    /// except that the capacity may be below the minimum instalment.
    /// </param>
    /// <returns>One to three proposals, or an invalid result naming every problem.</returns>
    public static Result<IReadOnlyList<PlanProposal>> For(PlanRequest? request)
    {
        if (request?.Capacity is not { } capacity || request.Count is not null)
        {
            return request is null
                ? Internal.ValidationErrors.Single<IReadOnlyList<PlanProposal>>(nameof(request), null, "must be given", ErrorCodes.Required)
                : Internal.ValidationErrors.Single<IReadOnlyList<PlanProposal>>("request.Capacity", request.Capacity, "the debtor's declared capacity must be given, and no count", ErrorCodes.Required);
        }

        // Checked once here: the attempts below compare the capacity with the minimum and count what fits the term.
        var errors = PaymentPlanCalculator.Check(request, capacityBelowMinimum: true);
        if (errors.HasErrors)
        {
            return errors.ToInvalid<IReadOnlyList<PlanProposal>>();
        }

        if (request.MinimumInstalmentPercent is < 0m or > 100m)
        {
            return Internal.ValidationErrors.Single<IReadOnlyList<PlanProposal>>("request.MinimumInstalmentPercent", request.MinimumInstalmentPercent, "must be a percentage from 0 to 100", ErrorCodes.OutOfRange);
        }

        var minimum = MinimumOf(request);
        var attempts = new List<(ProposalKind Kind, Result<PaymentPlan> Plan)>();

        // The fewest instalments the capacity allows, then one more, each series in equal instalments: the same time to
        // recovery at a lower risk than paying the capacity to the last cent.
        var atCapacity = PaymentPlanCalculator.Calculate(request with { MinimumInstalment = null });
        if (atCapacity.IsSuccess)
        {
            var fewest = atCapacity.Value.Instalments.Count(i => !i.IsDownPayment);
            attempts.Add((ProposalKind.Shortest, Equal(request, fewest)));
            if (minimum is null || capacity >= minimum.Value)
            {
                attempts.Add((ProposalKind.WithMargin, Equal(request, fewest + 1)));
            }
        }

        if (minimum is { } floor && capacity < floor)
        {
            attempts.Add((ProposalKind.AtMinimum, Equal(request, LongestCount(request, floor))));
        }
        else if (!atCapacity.IsSuccess)
        {
            // Nothing at the capacity fits the term: the lowest instalment it allows, none below the creditor's minimum.
            attempts.Add((ProposalKind.LowestInstalment, Equal(request, LongestCount(request, minimum))));
        }

        var plans = attempts.Where(a => a.Plan.IsSuccess && (a.Kind == ProposalKind.Shortest || MeetsMinimum(a.Plan.Value, minimum)))
            .Select(a => (a.Kind, Plan: a.Plan.Value)).ToList();
        if (plans.Count == 0)
        {
            return Result<IReadOnlyList<PlanProposal>>.Invalid(attempts.SelectMany(a => a.Plan.ValidationErrors).Distinct().ToList());
        }

        var proposals = new List<PlanProposal>();
        foreach (var (kind, plan) in plans.OrderBy(p => p.Plan.LastDueDate).ThenBy(p => Largest(p.Plan).Amount))
        {
            if (!proposals.Any(p => p.Plan.Instalments.SequenceEqual(plan.Instalments)))
            {
                proposals.Add(new PlanProposal(proposals.Count + 1, kind, plan, plan.Instalments.All(i => i.IsDownPayment || i.Amount <= capacity))
                {
                    MeetsMinimum = MeetsMinimum(plan, minimum),
                });
            }
        }

        return Result<IReadOnlyList<PlanProposal>>.Success(proposals);
    }

    /// <summary>The creditor's minimum instalment for this debt: the larger of the set amount and the share of the debt, rounded up to the minor unit, never above the debt; none when both are zero.</summary>
    private static Money? MinimumOf(PlanRequest request)
    {
        var currency = request.Total.Currency;
        var rest = request.Total.WholeMinorUnits - (request.DownPayment?.WholeMinorUnits ?? 0L);
        var share = (long)Math.Ceiling(rest * request.MinimumInstalmentPercent / 100m);
        var set = request.MinimumInstalment is { } amount && amount.Currency.Equals(currency) ? amount.WholeMinorUnits : 0L;
        var units = Math.Min(Math.Max(share, set), rest);
        return units > 0 ? Money.FromMinorUnits(units, currency) : null;
    }

    /// <summary><paramref name="count"/> equal instalments, the down payment aside.</summary>
    private static Result<PaymentPlan> Equal(PlanRequest request, int count)
        => PaymentPlanCalculator.Calculate(request with { Capacity = null, Count = count, MinimumInstalment = null });

    private static bool MeetsMinimum(PaymentPlan plan, Money? minimum)
        => minimum is not { } floor || plan.Instalments.All(i => i.IsDownPayment || i.Amount >= floor);

    /// <summary>As many instalments as the term allows, none below the creditor's minimum.</summary>
    private static int LongestCount(PlanRequest request, Money? minimum)
    {
        var longest = PaymentPlanCalculator.FittingCount(request);
        if (minimum is { } floor)
        {
            var rest = request.Total.WholeMinorUnits - (request.DownPayment?.WholeMinorUnits ?? 0L);
            longest = (int)Math.Min(longest, Math.Max(1L, rest / floor.WholeMinorUnits));
        }

        return Math.Max(1, longest);
    }

    private static Money Largest(PaymentPlan plan) => plan.Instalments.Where(i => !i.IsDownPayment).Select(i => i.Amount).DefaultIfEmpty(Money.Zero(plan.Total.Currency)).Max();
}
