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
    public void Plans_keep_close_to_the_capacity_and_the_maximum_term_is_a_ceiling_not_a_target()
    {
        // €2,000 at €700 a month: three months, four with a margin — not 14 × 142.85 nor 24 × 83.33.
        var proposals = PlanProposals.For(Request(2_000m, 700m)).Value;

        Assert.Equal([ProposalKind.Shortest, ProposalKind.WithMargin], proposals.Select(p => p.Kind));
        Assert.Equal([1, 2], proposals.Select(p => p.Rank));
        Assert.Equal(["666.66 666.66 666.68", "500.00 500.00 500.00 500.00"], proposals.Select(Amounts));
        Assert.All(proposals, p => Assert.True(p.WithinCapacity && p.MeetsMinimum));
    }

    [Fact]
    public void A_small_debt_is_not_spread_into_crumbs()
    {
        // €50 at €20 a month: three months — not 24 × 2.08.
        Assert.Equal(["16.66 16.66 16.68", "12.50 12.50 12.50 12.50"], PlanProposals.For(Request(50m, 20m)).Value.Select(Amounts));
    }

    [Fact]
    public void Below_the_creditors_minimum_both_the_minimum_and_the_capacity_are_shown()
    {
        // The creditor takes no less than €30 a month; the debtor can pay €20 a month on €80: two instalments of €40 (beyond
        // the capacity) first, being repaid sooner, then four of €20 (below the minimum, for a person to approve).
        var proposals = PlanProposals.For(Request(80m, 20m) with { MinimumInstalment = Eur(30m) }).Value;

        Assert.Equal(
            [(ProposalKind.AtMinimum, "40.00 40.00", false, true), (ProposalKind.Shortest, "20.00 20.00 20.00 20.00", true, false)],
            proposals.Select(p => (p.Kind, Amounts(p), p.WithinCapacity, p.MeetsMinimum)));
    }

    [Fact]
    public void The_minimum_is_the_larger_of_the_amount_and_the_share_of_the_debt()
    {
        // €4,000 at €150 a month: 5 % of the debt is €200, above the €30 floor and the capacity.
        var proposals = PlanProposals.For(Request(4_000m, 150m) with { MinimumInstalment = Eur(30m) }).Value;
        Assert.Equal(ProposalKind.AtMinimum, proposals[0].Kind);
        Assert.Equal(200m, proposals[0].Plan.Instalments[0].Amount.Amount);
        Assert.Equal(20, proposals[0].Plan.Instalments.Count);
    }

    [Fact]
    public void Beyond_capacity_the_longest_plan_is_still_shown_with_the_gap()
    {
        // €12,000 at €300 a month would take 40 months: the 24-month plan is shown, at 500 a month.
        var proposal = Assert.Single(PlanProposals.For(Request(12_000m, 300m) with { MinimumInstalmentPercent = 0m }).Value);

        Assert.Equal((ProposalKind.LowestInstalment, false, 500m), (proposal.Kind, proposal.WithinCapacity, proposal.Plan.Instalments[0].Amount.Amount));
    }

    [Fact]
    public void Identical_plans_are_proposed_once()
    {
        // €100 at €100 a month: at the capacity it is paid at once; one more instalment would fall below the minimum.
        var proposal = Assert.Single(PlanProposals.For(Request(100m, 100m) with { MinimumInstalment = Eur(60m) }).Value);
        Assert.Equal((ProposalKind.Shortest, "100.00"), (proposal.Kind, Amounts(proposal)));
    }

    [Fact]
    public void Monthly_instalments_keep_their_day_of_the_month()
    {
        var plan = PlanProposals.For(new PlanRequest(Eur(1_200m), PlanDate, new LocalDate(2027, 1, 30), PlanFrequency.Monthly) { Capacity = Eur(400m) }).Value[0].Plan;
        Assert.Equal(["2027-01-30", "2027-02-28", "2027-03-30"], plan.Instalments.Select(i => i.DueDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)));
    }

    private static string Amounts(PlanProposal proposal) => string.Join(" ", proposal.Plan.Instalments.Select(i => i.Amount.Amount.ToString("0.00", CultureInfo.InvariantCulture)));

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
