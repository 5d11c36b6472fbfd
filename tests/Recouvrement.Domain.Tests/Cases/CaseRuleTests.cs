using Recouvrement.Cases;
using Recouvrement.Escalation;
using static Recouvrement.Domain.Tests.AccountFixtures;
using static Recouvrement.Domain.Tests.CaseFixtures;

namespace Recouvrement.Domain.Tests;

/// <summary>The decision as a pipeline of named rules: the library's order, a host's rule added or replacing one, errors named.</summary>
public class CaseRuleTests
{
    /// <summary>A host's rule: accounts over 3,000 are approved by a manager at every step.</summary>
    private sealed class ManagerApproval() : CaseRule("manager approval")
    {
        public override void Apply(CaseDecisionContext context)
        {
            foreach (var action in context.Actions.ToList())
            {
                if (action.Kind == CaseActionKind.TakeStep && context.Pursued > Eur(3_000m))
                {
                    context.Replace(action, action with { RequiresApproval = true });
                }
            }
        }
    }

    private sealed class Throwing() : CaseRule("throwing")
    {
        public override void Apply(CaseDecisionContext context) => throw new KeyNotFoundException("no such customer");
    }

    private sealed class AddsNull() : CaseRule("adds null")
    {
        public override void Apply(CaseDecisionContext context) => context.Add(null!);
    }

    private sealed class AddsLater() : CaseRule("adds tomorrow's action")
    {
        public override void Apply(CaseDecisionContext context)
            => context.Add(new CaseAction(CaseActionKind.SendSurvey, context.AsOf.PlusDays(1), Money.Zero(context.Statement.Currency)));
    }

    /// <summary>A host's rule that decides another case while its own is being decided, on the same thread.</summary>
    private sealed class DecidesAnother(CollectionCase other) : CaseRule("decides another")
    {
        public List<string> Inner { get; } = [];

        public override void Apply(CaseDecisionContext context) => Inner.Add(Decide(other, context.AsOf).ToString());
    }

    private static CaseDecider With(params CaseRule[] rules) => Valid(CaseDecider.Create(new CasePolicy { Rules = rules }));

    [Fact]
    public void The_library_rules_run_in_a_documented_order_with_unique_names()
    {
        Assert.Equal(
            ["closure", "insolvency", "limitation", "disputes", "forbearance", "promise", "plan", "penalty posting", "reason response", "ladder", "channel fallback", "contact pressure", "surveys"],
            CaseRules.Default.Select(r => r.Name));
        Assert.Same(CaseRules.Default, CaseDecider.Default.Policy.Rules);
    }

    [Fact]
    public void A_host_rule_added_after_the_ladder_changes_its_step()
    {
        var decider = With([.. CaseRules.Default, new ManagerApproval()]);
        var late = Decide(Case(), D(3, 10), decider: decider);
        Assert.True(Assert.Single(late.Actions).RequiresApproval);
        Assert.False(Assert.Single(Decide(Case(), D(1, 21), decider: decider).Actions).RequiresApproval);
    }

    [Fact]
    public void Without_the_ladder_rule_no_step_is_decided_and_nothing_else_changes()
    {
        var decider = With([.. CaseRules.Default.Where(r => r != CaseRules.Ladder)]);
        var decision = Decide(Case(new DisputeRaised(D(1, 22), "INV-1", "goods damaged")), D(3, 10), decider: decider);
        Assert.Empty(decision.Actions);
        Assert.Equal(HoldKind.Dispute, Assert.Single(decision.Holds).Kind);
    }

    private sealed class Escalates() : CaseRule("escalates")
    {
        public override void Apply(CaseDecisionContext context)
            => context.Add(new CaseAction(CaseActionKind.ReviewCase, context.AsOf, context.Pursued) { Review = ReviewCause.NoStepApplies });
    }

    [Fact]
    public void Every_action_hold_and_skipped_step_names_the_rule_that_decided_it()
    {
        var c = Case(new DisputeRaised(D(1, 22), "INV-1", "goods damaged"), Step(D(3, 4), "First reminder"), Step(D(3, 13), "Call", channel: StepChannel.CallTask), new PromiseMade(D(3, 14), D(3, 20), Eur(2_500m)));
        var decision = Decide(c, D(3, 24), decider: With([.. CaseRules.Default, new Escalates()]));

        Assert.Equal(["ladder", "escalates"], decision.Actions.Select(a => a.Rule));
        Assert.Equal(["disputes"], decision.Holds.Select(h => h.Rule));

        var broken = Decide(Case(Step(D(1, 21), "First reminder"), new PromiseMade(D(1, 23), D(2, 20), Eur(1_000m))), D(2, 24));
        Assert.Equal(["ladder"], broken.Skipped.Select(s => s.Rule));
    }

    [Fact]
    public void A_rule_that_throws_is_a_programmer_error_named_with_the_rule()
    {
        var thrown = Assert.Throws<InvalidOperationException>(() => With(new Throwing()).Decide(Case(), AcmeAccount.AsOf(D(2, 1)), Ladder));
        Assert.Equal("The case rule 'throwing' failed on case C-1: no such customer", thrown.Message);
        Assert.IsType<KeyNotFoundException>(thrown.InnerException);
    }

    [Fact]
    public void A_rule_that_decides_nothing_usable_is_named_too()
    {
        Assert.StartsWith("The case rule 'adds null' failed", Assert.Throws<InvalidOperationException>(() => With(new AddsNull()).Decide(Case(), AcmeAccount.AsOf(D(2, 1)), Ladder)).Message, StringComparison.Ordinal);
        var later = Assert.Throws<InvalidOperationException>(() => With(new AddsLater()).Decide(Case(), AcmeAccount.AsOf(D(2, 1)), Ladder));
        Assert.Contains("after the decision date (2026-02-01)", later.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_missing_or_named_twice_are_refused_all_at_once()
    {
        var result = CaseDecider.Create(new CasePolicy { Rules = [CaseRules.Closure, null!, CaseRules.Closure] });
        Assert.Equal(["Rules[1]", "Rules[2]"], result.ValidationErrors.Select(e => e.Identifier));
        Assert.Equal("Rules", Assert.Single(CaseDecider.Create(new CasePolicy { Rules = null! }).ValidationErrors).Identifier);
    }

    [Fact]
    public void A_rule_needs_a_name()
        => Assert.Throws<ArgumentException>(() => new NamedRule(" "));

    private sealed class NamedRule(string name) : CaseRule(name)
    {
        public override void Apply(CaseDecisionContext context)
        {
        }
    }

    [Fact]
    public void A_rule_that_decides_another_case_meanwhile_leaves_the_decision_under_way_alone()
    {
        // The decider lends each decision a context the thread keeps between decisions: the nested one needs its own.
        var disputed = Case(new DisputeRaised(D(1, 22), "INV-1", "goods damaged"), Step(D(3, 4), "First reminder"));
        var nested = new DecidesAnother(Case());
        var decider = With([.. CaseRules.Default.Take(4), nested, .. CaseRules.Default.Skip(4)]);

        var busy = Decide(disputed, D(3, 20), decider: decider).ToString();

        Assert.Equal(Decide(disputed, D(3, 20)).ToString(), busy);
        Assert.Equal([Decide(Case(), D(3, 20)).ToString()], nested.Inner);
    }

    [Fact]
    public void A_decision_starts_from_nothing_whatever_the_thread_decided_before()
    {
        var plain = Case();
        var first = Decide(plain, D(3, 10)).ToString();
        Decide(Case(new DisputeRaised(D(1, 22), "INV-1", "goods damaged"), Step(D(3, 4), "First reminder"), new PromiseMade(D(3, 5), D(3, 8), Eur(100m))), D(3, 10));

        Assert.Equal(first, Decide(plain, D(3, 10)).ToString());
    }
}
