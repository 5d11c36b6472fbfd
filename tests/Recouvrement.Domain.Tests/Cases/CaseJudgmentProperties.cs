using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Cases;
using Recouvrement.Escalation;
using Recouvrement.Reasons;
using static Recouvrement.Domain.Tests.AccountFixtures;
using static Recouvrement.Domain.Tests.CaseFixtures;

namespace Recouvrement.Domain.Tests;

/// <summary>What a credit manager relies on whatever the data: deadlines on business days, never a case left in silence.</summary>
public class CaseJudgmentProperties
{
    private static readonly EscalationLadder[] Shipped =
    [
        EscalationLadders.ConsumerSmallAmount, EscalationLadders.ConsumerInstalmentCredit, EscalationLadders.BusinessStandard,
        EscalationLadders.BusinessKeyAccount, EscalationLadders.PublicAuthority,
    ];

    private static readonly Money?[] Thresholds = [null, Eur(1_000m), Eur(5_000m), Eur(20_000m)];

    /// <summary>A calendar closed at weekends and on up to twenty random days of 2026.</summary>
    private static readonly Gen<Holidays> Calendars =
        Gen.Choose(0, 364).Select(d => new LocalDate(2026, 1, 1).PlusDays(d)).ArrayOf().Select(days => new Holidays([.. days.Take(20)]));

    [KernelProperty(MaxTest = 100)]
    public Property Every_legal_deadline_the_decision_gives_falls_on_a_business_day()
        => Prop.ForAll(
            Calendars.Zip(Gen.Choose(0, 300)).Zip(Gen.Choose(0, 280)).ToArbitrary(),
            input =>
            {
                var ((calendar, noticeDay), publishedDay) = input;
                var reminded = Case(Step(D(1, 21), "First reminder"), Step(D(1, 30), "Call", channel: StepChannel.CallTask), Step(D(2, 9), "Second reminder"));
                var published = D(1, 21).PlusDays(publishedDay);
                var insolvent = Case(Step(D(1, 21), "First reminder"), new InsolvencyOpened(published, new InsolvencyNotice(published, InsolvencyProceeding.Liquidation)));

                foreach (var (c, asOf) in new[] { (reminded, D(2, 19).PlusDays(noticeDay)), (insolvent, published.PlusDays(noticeDay)) })
                {
                    var decision = Valid(CaseDecider.Default.Decide(new CaseDecisionRequest(c, ReachableAccount.AsOf(asOf), Ladder) { Calendar = calendar }));
                    foreach (var deadline in decision.Actions.Select(a => a.Deadline).Concat(decision.Holds.Where(h => h.Kind == HoldKind.NoticeResponse).Select(h => h.Until)))
                    {
                        Assert.True(deadline is not { } day || calendar.IsBusinessDay(day), $"{deadline} is not a business day: {decision}");
                    }
                }
            });

    [KernelProperty(MaxTest = 40)]
    public Property A_case_with_something_to_pursue_is_never_left_in_silence()
        => Prop.ForAll(
            Gen.Choose(0, Shipped.Length - 1).Zip(Gen.Choose(1, 3_000_000)).Zip(Gen.Elements(Thresholds).Zip(Gen.Elements(Thresholds))).Zip(Gen.Elements(DebtorKind.List.ToArray())).ToArbitrary(),
            input =>
            {
                var (((ladderIndex, cents), (agency, court)), kind) = input;
                var decider = Valid(CaseDecider.Create(new CasePolicy { AgencyMinimum = agency, CourtMinimum = court }));
                var account = Valid(Accounts.Account.Create(ReachableAccount.Debtor with { Kind = kind }, [Invoice("INV-1", D(1, 5), D(1, 20), cents / 100m)]));
                CaseSimulation.Run(Case(), account, Shipped[ladderIndex], 300, _ => [], (c, decision) =>
                {
                    var reviewed = c.Events.OfType<CaseReviewed>().Any(r => r.Date > decision.AsOf.PlusDays(-decider.Policy.ReviewIntervalDays));
                    Assert.True(
                        decision.Actions.Count > 0 || decision.IsPaused || decision.NextStep is not null || reviewed,
                        $"silent on {decision.AsOf}:\n{decision}\n{c}");
                }, decider);
            });
}
