using System.Collections.Generic;
using System.Linq;
using Ardalis.Result;

namespace Recouvrement.Plans;

/// <summary>
/// Proposes plans a debtor can keep from the debt and the capacity they declared (seeds 000 §4, 002 §4): the shortest at
/// their capacity, the lowest instalment the maximum duration allows, and one balanced between them — ranked in that
/// order, identical plans given once. When even the longest plan asks more than the capacity, it is still proposed,
/// marked beyond capacity, so that the collector sees the gap.
/// </summary>
public static class PlanProposals
{
    /// <summary>Proposes plans for <paramref name="request"/>, whose <see cref="PlanRequest.Capacity"/> is the debtor's declared capacity.</summary>
    /// <param name="request">The debt, the dates, the constraints and the declared capacity (<see cref="PlanRequest.Count"/> unset).</param>
    /// <returns>One to three proposals, or an invalid result naming every problem.</returns>
    public static Result<IReadOnlyList<PlanProposal>> For(PlanRequest? request)
    {
        if (request?.Capacity is not { } capacity || request.Count is not null)
        {
            return request is null
                ? Internal.ValidationErrors.Single<IReadOnlyList<PlanProposal>>(nameof(request), null, "must be given", ErrorCodes.Required)
                : Internal.ValidationErrors.Single<IReadOnlyList<PlanProposal>>("request.Capacity", request.Capacity, "the debtor's declared capacity must be given, and no count", ErrorCodes.Required);
        }

        var shortest = PaymentPlanCalculator.Calculate(request);
        // The longest plan: as many instalments as the duration allows, none below the minimum instalment.
        var longest = PaymentPlanCalculator.FittingCount(request);
        if (request.MinimumInstalment is { IsPositive: true } minimum && minimum.Currency.Equals(request.Total.Currency))
        {
            var rest = request.Total.WholeMinorUnits - (request.DownPayment?.WholeMinorUnits ?? 0L);
            longest = (int)System.Math.Min(longest, System.Math.Max(1L, rest / minimum.WholeMinorUnits));
        }

        var lowest = PaymentPlanCalculator.Calculate(request with { Capacity = null, Count = System.Math.Max(1, longest) });
        if (!shortest.IsSuccess && !lowest.IsSuccess)
        {
            return Result<IReadOnlyList<PlanProposal>>.Invalid(shortest.ValidationErrors.Concat(lowest.ValidationErrors).Distinct().ToList());
        }

        var candidates = new List<(ProposalKind Kind, PaymentPlan Plan)>();
        if (shortest.IsSuccess)
        {
            candidates.Add((ProposalKind.Shortest, shortest.Value));
            var series = shortest.Value.Instalments.Count(i => !i.IsDownPayment);
            if (PaymentPlanCalculator.Calculate(request with { Capacity = null, Count = (series + longest + 1) / 2 }) is { IsSuccess: true } balanced)
            {
                candidates.Add((ProposalKind.Balanced, balanced.Value));
            }
        }

        if (lowest.IsSuccess)
        {
            candidates.Add((ProposalKind.LowestInstalment, lowest.Value));
        }

        var proposals = new List<PlanProposal>();
        foreach (var (kind, plan) in candidates)
        {
            if (!proposals.Any(p => p.Plan.Instalments.SequenceEqual(plan.Instalments)))
            {
                var withinCapacity = plan.Instalments.All(i => i.IsDownPayment || i.Amount <= capacity);
                proposals.Add(new PlanProposal(proposals.Count + 1, kind, plan, withinCapacity));
            }
        }

        return Result<IReadOnlyList<PlanProposal>>.Success(proposals);
    }
}
