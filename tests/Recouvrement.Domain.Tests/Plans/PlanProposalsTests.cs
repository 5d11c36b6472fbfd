using System.Globalization;
using NodaTime;
using Recouvrement.Plans;
using Snapshooter.Xunit;

namespace Recouvrement.Domain.Tests;

public class PlanProposalsTests
{
    private static readonly LocalDate PlanDate = new(2026, 11, 23);

    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    private static PlanRequest Request(decimal debt, decimal capacity, int maxMonths = 24)
        => new(Eur(debt), PlanDate, new LocalDate(2026, 12, 5), PlanFrequency.Monthly) { Capacity = Eur(capacity), MaxMonths = maxMonths };

    [Fact]
    public void Shortest_balanced_and_lowest_ranked_within_capacity()
    {
        // €3,000 at €500 a month: 6 instalments; the 24-month limit allows 24 (125 each); balanced 15 (200 each).
        var proposals = PlanProposals.For(Request(3_000m, 500m)).Value;

        Assert.Equal([ProposalKind.Shortest, ProposalKind.Balanced, ProposalKind.LowestInstalment], proposals.Select(p => p.Kind));
        Assert.Equal([1, 2, 3], proposals.Select(p => p.Rank));
        Assert.Equal([6, 15, 24], proposals.Select(p => p.Plan.Instalments.Count));
        Assert.Equal([500m, 200m, 125m], proposals.Select(p => p.Plan.Instalments[0].Amount.Amount));
        Assert.All(proposals, p => Assert.True(p.WithinCapacity));
    }

    [Fact]
    public void Beyond_capacity_the_longest_plan_is_still_shown_with_the_gap()
    {
        // €12,000 at €300 a month would take 40 months: only the 24-month plan remains, at 500 a month.
        var proposal = Assert.Single(PlanProposals.For(Request(12_000m, 300m)).Value);

        Assert.Equal((ProposalKind.LowestInstalment, false, 500m), (proposal.Kind, proposal.WithinCapacity, proposal.Plan.Instalments[0].Amount.Amount));
    }

    [Fact]
    public void Identical_plans_are_proposed_once()
    {
        var proposals = PlanProposals.For(Request(300m, 100m, maxMonths: 3)).Value;
        Assert.Equal([ProposalKind.Shortest], proposals.Select(p => p.Kind));
    }

    [Fact]
    public void The_lowest_instalment_stays_above_the_minimum()
    {
        var proposals = PlanProposals.For(Request(44.95m, 20m) with { MinimumInstalment = Eur(10m) }).Value;

        Assert.Equal([2, 3, 4], proposals.Select(p => p.Plan.Instalments.Count));
        Assert.All(proposals, p => Assert.All(p.Plan.Instalments, i => Assert.True(i.Amount >= Eur(10m))));
    }

    [Fact]
    public void A_capacity_is_required()
    {
        var result = PlanProposals.For(new PlanRequest(Eur(100m), PlanDate, PlanDate, PlanFrequency.Monthly) { Count = 2 });
        Assert.Equal("request.Capacity = null: the debtor's declared capacity must be given, and no count", Assert.Single(result.ValidationErrors).ErrorMessage);
    }

    [Fact]
    public void The_proposals_read_as_schedules()
        => Snapshot.Match(string.Join("\n\n", PlanProposals.For(Request(1_000m, 400m, maxMonths: 6)).Value.Select(p => $"#{p.Rank} {p.Kind}\n{p.Plan.Describe(CultureInfo.InvariantCulture)}")));
}
