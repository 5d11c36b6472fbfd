using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Recouvrement.Cases;
using Recouvrement.Escalation;
using Recouvrement.Plans;
using static Recouvrement.Domain.Tests.AccountFixtures;
using static Recouvrement.Domain.Tests.CaseFixtures;

namespace Recouvrement.Domain.Tests;

public class CaseProperties
{
    /// <summary>Random incidents over 120 days: disputes raised and resolved, promises kept or not, payments, plans, contacts.</summary>
    private static readonly Arbitrary<(int Day, int Kind, int Size)[]> Incidents =
        (from day in Gen.Choose(0, 120)
         from kind in Gen.Choose(0, 6)
         from size in Gen.Choose(1, 3)
         select (day, kind, size)).ArrayOf().ToArbitrary();

    private static Func<LocalDate, IEnumerable<CaseEvent>> Script((int Day, int Kind, int Size)[] incidents) => date =>
        incidents.Where(i => D(1, 20).PlusDays(i.Day) == date).Select((i, n) => (CaseEvent)(i.Kind switch
        {
            0 => new DisputeRaised(date, $"INV-{i.Size}", "disputed"),
            1 => new DisputeResolved(date, $"INV-{i.Size}"),
            2 => new PromiseMade(date, date.PlusDays(5 * i.Size), Eur(500m * i.Size)),
            3 => new PaymentReceived(date, Eur(400m * i.Size)),
            4 => new PlanAgreed(date, PaymentPlanCalculator.Calculate(new PlanRequest(Eur(1_000m), date, date.PlusDays(7), PlanFrequency.Monthly) { Count = i.Size + 1 }).Value),
            5 => new ContactLogged(date, inbound: false) { Channel = StepChannel.CallTask },
            _ => new ContactLogged(date, inbound: true),
        }) with { Reference = $"{date}#{n}" });

    [KernelProperty(MaxTest = 60)]
    public Property Deciding_is_idempotent_paused_cases_get_no_step_and_actions_are_not_early()
        => Prop.ForAll(Incidents, incidents =>
        {
            CaseSimulation.Run(Case(), ReachableAccount, SkippingLadder, 120, Script(incidents), (c, decision) =>
            {
                Assert.Equal(decision.Describe(null), Decide(c, decision.AsOf, ReachableAccount, ladder: SkippingLadder).Describe(null));
                if (decision.IsPaused)
                {
                    Assert.DoesNotContain(decision.Actions, a => a.Kind == CaseActionKind.TakeStep);
                }

                foreach (var action in decision.Actions)
                {
                    Assert.True(action.DueOn <= decision.AsOf);
                    if (action is { Kind.Name: nameof(CaseActionKind.TakeStep), Step: { AfterPreviousStep: false } step, AfterBrokenPromise: false } && c.State != CaseState.InPlan)
                    {
                        var reference = action.ItemIds.Select(id => ReachableAccount.AsOf(decision.AsOf).Item(id).DueDate).Min();
                        Assert.True(action.DueOn >= reference.PlusDays(step.DaysAfterDue), $"{action} before its trigger");
                    }
                }
            });
        });

    [KernelProperty(MaxTest = 60)]
    public Property No_step_is_taken_twice_and_none_is_passed_over_without_a_stated_cause()
        => Prop.ForAll(Incidents, incidents =>
        {
            var names = SkippingLadder.Steps.Select(s => s.Name).ToList();
            var last = -1;
            CaseSimulation.Run(Case(), ReachableAccount, SkippingLadder, 120, Script(incidents), (_, decision) =>
            {
                if (decision.Actions.SingleOrDefault(a => a.Kind == CaseActionKind.TakeStep) is not { } taken)
                {
                    return;
                }

                var index = names.IndexOf(taken.Step!.Name);
                Assert.True(index > last, $"{taken.Step.Name} again or backwards");
                var passed = names.Skip(last + 1).Take(index - last - 1);
                Assert.Equal(passed, decision.Skipped.Select(s => s.Step.Name));
                last = index;
            });
        });
}
