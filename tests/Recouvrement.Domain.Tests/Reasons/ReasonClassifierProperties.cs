using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Recouvrement.Reasons;

namespace Recouvrement.Domain.Tests;

public class ReasonClassifierProperties
{
    private static readonly LocalDate AsOf = new(2026, 11, 20);

    private static readonly Gen<ReasonSignal> Signal =
        from kind in Gen.Choose(0, 8)
        from daysBefore in Gen.Choose(0, 150)
        from pick in Gen.Choose(0, 100)
        let date = AsOf.PlusDays(-daysBefore)
        select kind switch
        {
            0 => (ReasonSignal)new DirectDebitReturned(date, pick % 7 == 0 ? "XX42" : SepaReturnCode.List.ElementAt(pick % SepaReturnCode.List.Count).Name),
            1 => new CardDeclined(date, CardDecline.List.ElementAt(pick % CardDecline.List.Count).Name),
            2 => new DisputeOpened(date, $"D-{pick % 3}", UnpaidReason.List.Where(r => r.Family == ReasonFamily.Dispute).ElementAt(pick % 5)),
            3 => new DisputeClosed(date, $"D-{pick % 3}"),
            4 => new DeclaredReason(date, UnpaidReason.List.ElementAt(pick % UnpaidReason.List.Count)),
            5 => new SolvencyEnquiry(date, (SolvencyOutcome)(pick % 3)),
            6 => new PromiseBroken(date),
            7 => new ContactDataMissing(date),
            _ => new InsolvencyNotice(date, InsolvencyProceeding.List.ElementAt(pick % 3)),
        };

    private static readonly Arbitrary<(ReasonSignal[] Signals, int Seed, int DaysPastDue)> Cases =
        (from signals in Gen.ListOf(Signal).Select(s => s.Take(10).ToArray())
         from seed in Gen.Choose(0, int.MaxValue)
         from days in Gen.Choose(0, 60)
         select (signals, seed, days)).ToArbitrary();

    private static string Outcome(IReadOnlyList<ReasonSignal> signals, int daysPastDue)
        => ReasonClassifier.Default.Classify(signals, new ReasonContext(AsOf) { DaysPastDue = daysPastDue }).Value.ToString();

    [KernelProperty(MaxTest = 200)]
    public Property The_result_does_not_depend_on_the_order_of_the_signals()
        => Prop.ForAll(Cases, c =>
        {
            var shuffled = c.Signals.ToArray();
            new Random(c.Seed).Shuffle(shuffled);
            Assert.Equal(Outcome(c.Signals, c.DaysPastDue), Outcome(shuffled, c.DaysPastDue));
        });

    [KernelProperty(MaxTest = 200)]
    public Property An_irrelevant_signal_changes_nothing()
        => Prop.ForAll(Cases, c =>
        {
            // A rejection older than the look-back, and the closing of a dispute that was never opened.
            ReasonSignal[] irrelevant = [.. c.Signals, new DirectDebitReturned(AsOf.PlusDays(-400), "AC04"), new DisputeClosed(AsOf, "never-opened")];
            var before = ReasonClassifier.Default.Classify(c.Signals, new ReasonContext(AsOf) { DaysPastDue = c.DaysPastDue }).Value;
            var after = ReasonClassifier.Default.Classify(irrelevant, new ReasonContext(AsOf) { DaysPastDue = c.DaysPastDue }).Value;
            Assert.Equal(before.Reasons.Select(r => (r.Reason, r.Confidence)), after.Reasons.Select(r => (r.Reason, r.Confidence)));
        });

    [KernelProperty(MaxTest = 100)]
    public Property The_same_input_gives_the_same_result_and_precedence_orders_it()
        => Prop.ForAll(Cases, c =>
        {
            var first = ReasonClassifier.Default.Classify(c.Signals, new ReasonContext(AsOf) { DaysPastDue = c.DaysPastDue }).Value;
            Assert.Equal(first.ToString(), Outcome(c.Signals, c.DaysPastDue));
            Assert.Equal(first.Reasons.Select(r => r.Precedence).Order(), first.Reasons.Select(r => r.Precedence));
            Assert.Equal(first.Reasons.Count, first.Reasons.Select(r => r.Reason).Distinct().Count());
        });
}
