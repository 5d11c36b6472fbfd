using System.Globalization;
using NodaTime;
using Recouvrement.Reasons;
using Snapshooter.Xunit;

namespace Recouvrement.Domain.Tests;

public class ReasonClassifierTests
{
    private static readonly LocalDate AsOf = new(2026, 11, 20);

    private static ReasonClassification Classify(ReasonContext context, params ReasonSignal[] signals)
    {
        var result = ReasonClassifier.Default.Classify(signals, context);
        Assert.True(result.IsSuccess, string.Join("; ", result.ValidationErrors.Select(e => e.ErrorMessage)));
        return result.Value;
    }

    private static ReasonClassification Classify(params ReasonSignal[] signals) => Classify(new ReasonContext(AsOf) { DaysPastDue = 40 }, signals);

    private static LocalDate Day(int daysBefore) => AsOf.PlusDays(-daysBefore);

    public static TheoryData<ReasonSignal, string, string> SingleSignals() => new()
    {
        { new DirectDebitReturned(Day(3), "AM04"), nameof(UnpaidReason.InsufficientFunds), nameof(ReasonConfidence.Certain) },
        { new DirectDebitReturned(Day(3), "MD07"), nameof(UnpaidReason.Death), nameof(ReasonConfidence.Certain) },
        { new CardDeclined(Day(3), "ExpiredCard"), nameof(UnpaidReason.CardExpired), nameof(ReasonConfidence.Certain) },
        { new DisputeOpened(Day(5), "D-1", UnpaidReason.ProductDefect), nameof(UnpaidReason.ProductDefect), nameof(ReasonConfidence.High) },
        { new DisputeOpened(Day(5), "D-1", UnpaidReason.OurBillingError), nameof(UnpaidReason.OurBillingError), nameof(ReasonConfidence.High) },
        { new DeclaredReason(Day(1), UnpaidReason.JobLoss), nameof(UnpaidReason.JobLoss), nameof(ReasonConfidence.Medium) },
        { new InsolvencyNotice(Day(10), InsolvencyProceeding.Reorganisation), nameof(UnpaidReason.FormalProceedings), nameof(ReasonConfidence.Certain) },
        { new SolvencyEnquiry(Day(10), SolvencyOutcome.Poor), nameof(UnpaidReason.ProbableInsolvency), nameof(ReasonConfidence.High) },
        { new SolvencyEnquiry(Day(10), SolvencyOutcome.Doubtful), nameof(UnpaidReason.ProbableInsolvency), nameof(ReasonConfidence.Low) },
        { new SolvencyEnquiry(Day(10), SolvencyOutcome.Good), nameof(UnpaidReason.Unknown), nameof(ReasonConfidence.Low) },
        { new ContactDataMissing(Day(2)), nameof(UnpaidReason.InvoiceNotReceived), nameof(ReasonConfidence.Low) },
        { new PromiseBroken(Day(2)), nameof(UnpaidReason.Unknown), nameof(ReasonConfidence.Low) },
        { new DirectDebitReturned(Day(3), "ZZ99"), nameof(UnpaidReason.Unknown), nameof(ReasonConfidence.Low) },
        { new DirectDebitReturned(Day(200), "AM04"), nameof(UnpaidReason.Unknown), nameof(ReasonConfidence.Low) },
    };

    [Theory]
    [MemberData(nameof(SingleSignals))]
    public void One_signal_gives_its_reason_and_confidence(ReasonSignal signal, string reason, string confidence)
    {
        var primary = Classify(signal).Primary;
        Assert.Equal((reason, confidence), (primary.Reason.Name, primary.Confidence.Name));
    }

    public static TheoryData<string> EveryReason() => [.. UnpaidReason.List.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(EveryReason))]
    public void Every_reason_the_debtor_gives_is_classified_with_its_treatment(string name)
    {
        var reason = UnpaidReason.FromName(name);

        var classification = Classify(new DeclaredReason(Day(1), reason));

        Assert.Equal((reason, ReasonConfidence.Medium), (classification.Primary.Reason, classification.Primary.Confidence));
        Assert.Same(reason.Treatment, classification.Treatment);
    }

    [Fact]
    public void A_free_text_note_is_unknown_with_its_words_kept()
    {
        var primary = Classify(new ContactNote(Day(1), "will pay when the insurance pays out")).Primary;
        Assert.Equal(UnpaidReason.Unknown, primary.Reason);
        Assert.Equal("contact note: \"will pay when the insurance pays out\"", Assert.Single(primary.Evidence).Describe(null));
    }

    [Fact]
    public void An_unknown_code_is_kept_raw_in_the_evidence()
    {
        var primary = Classify(new DirectDebitReturned(Day(3), "ZZ99")).Primary;
        var evidence = Assert.IsType<DirectDebitReturned>(Assert.Single(primary.Evidence));
        Assert.Equal("ZZ99", evidence.Code);
        Assert.Contains("\"ZZ99\"", evidence.Describe(null), StringComparison.Ordinal);
    }

    [Fact]
    public void Formal_proceedings_rank_above_everything()
    {
        var classification = Classify(
            new DisputeOpened(Day(30), "D-1", UnpaidReason.ProductDefect),
            new DirectDebitReturned(Day(20), "AM04"),
            new DeclaredReason(Day(15), UnpaidReason.BusinessDownturn),
            new InsolvencyNotice(Day(5), InsolvencyProceeding.Liquidation));

        Assert.Equal(
            [UnpaidReason.FormalProceedings, UnpaidReason.ProductDefect, UnpaidReason.BusinessDownturn, UnpaidReason.InsufficientFunds],
            classification.Reasons.Select(r => r.Reason));
        Assert.Equal(FirstAction.FileProofOfClaim, classification.Treatment.FirstAction);
    }

    [Fact]
    public void An_open_dispute_ranks_above_a_payment_failure_and_pauses_its_items_only()
    {
        var classification = Classify(
            new CardDeclined(Day(3), "InsufficientFunds"),
            new DisputeOpened(Day(10), "D-7", UnpaidReason.PriceOrQuantityDisagreement) { ItemIds = ["INV-9", "INV-2"] });

        Assert.Equal(UnpaidReason.PriceOrQuantityDisagreement, classification.Primary.Reason);
        Assert.Equal(DunningPause.ConcernedItems, classification.Treatment.Pause);
        Assert.Equal(["INV-2", "INV-9"], classification.PausedItemIds);
    }

    [Fact]
    public void A_closed_dispute_no_longer_counts()
    {
        var classification = Classify(
            new DisputeOpened(Day(30), "D-1", UnpaidReason.ProductDefect),
            new DisputeClosed(Day(10), "D-1"),
            new CardDeclined(Day(3), "ExpiredCard"));

        Assert.Equal([UnpaidReason.CardExpired], classification.Reasons.Select(r => r.Reason));
    }

    [Fact]
    public void Agreeing_signals_strengthen_a_reason_but_never_to_certain()
    {
        var declaredTwice = Classify(new DeclaredReason(Day(20), UnpaidReason.Illness), new DeclaredReason(Day(2), UnpaidReason.Illness)).Primary;
        Assert.Equal(ReasonConfidence.High, declaredTwice.Confidence);
        Assert.Equal([Day(20), Day(2)], declaredTwice.Evidence.Select(e => e.Date));
    }

    [Fact]
    public void Repeated_insufficient_funds_hint_at_insolvency()
    {
        var classification = Classify(new DirectDebitReturned(Day(60), "AM04"), new DirectDebitReturned(Day(30), "AM04"), new DirectDebitReturned(Day(2), "AM04"));

        Assert.Equal([UnpaidReason.ProbableInsolvency, UnpaidReason.InsufficientFunds], classification.Reasons.Select(r => r.Reason));
        Assert.Equal(ReasonConfidence.Medium, classification.Primary.Confidence);
    }

    [Fact]
    public void Two_broken_promises_make_a_refusal()
    {
        Assert.Equal(UnpaidReason.RefusalOrBadFaith, Classify(new PromiseBroken(Day(40)), new PromiseBroken(Day(10))).Primary.Reason);
    }

    [Fact]
    public void Only_the_latest_solvency_enquiry_counts()
    {
        Assert.Equal(UnpaidReason.Unknown, Classify(new SolvencyEnquiry(Day(100), SolvencyOutcome.Poor), new SolvencyEnquiry(Day(5), SolvencyOutcome.Good)).Primary.Reason);
    }

    [Theory]
    [InlineData(5, false, nameof(UnpaidReason.Forgot))]
    [InlineData(5, null, nameof(UnpaidReason.Forgot))]
    [InlineData(5, true, nameof(UnpaidReason.Unknown))]
    [InlineData(16, false, nameof(UnpaidReason.Unknown))]
    [InlineData(0, false, nameof(UnpaidReason.Unknown))]
    public void A_good_payer_a_few_days_late_is_presumed_to_have_forgotten(int daysPastDue, bool? chronicallyLate, string reason)
    {
        var classification = Classify(new ReasonContext(AsOf) { DaysPastDue = daysPastDue, ChronicallyLate = chronicallyLate });
        Assert.Equal(reason, classification.Primary.Reason.Name);
    }

    [Fact]
    public void Malformed_signals_are_all_listed()
    {
        ReasonSignal?[] signals =
        [
            new DirectDebitReturned(AsOf.PlusDays(1), " "),
            null,
            new DisputeOpened(Day(1), "D-1", UnpaidReason.CardExpired),
            new DeclaredReason(Day(1), null!),
        ];

        var result = ReasonClassifier.Default.Classify(signals, new ReasonContext(AsOf) { DaysPastDue = -1 });

        Assert.Equal(
            [
                "context.DaysPastDue = -1: must not be negative",
                "signals[0].Date = 2026-11-21: is after the classification date 2026-11-20",
                "signals[0].Code = \" \": must be given; an unknown code is kept as is",
                "signals[1] = null: must not be null",
                "signals[2].Reason = \"CardExpired\": must be a reason of the dispute or internal-error family",
                "signals[3].Reason = null: must be given",
            ],
            result.ValidationErrors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void Bad_options_are_all_listed_and_host_options_apply()
    {
        var bad = ReasonClassifier.Create(new ReasonClassifierOptions { LookbackDays = 0, BrokenPromisesForRefusal = 0 });
        Assert.Equal(["options.LookbackDays", "options.BrokenPromisesForRefusal"], bad.ValidationErrors.Select(e => e.Identifier));

        // The host puts payment failures above disputes and gives insufficient funds a plan offer.
        var plan = UnpaidReason.JobLoss.Treatment;
        var classifier = ReasonClassifier.Create(new ReasonClassifierOptions
        {
            Precedence = new Dictionary<UnpaidReason, int> { [UnpaidReason.InsufficientFunds] = 25 },
            Treatments = new Dictionary<UnpaidReason, ReasonTreatment> { [UnpaidReason.InsufficientFunds] = plan },
        }).Value;
        var classification = classifier.Classify([new CardDeclined(Day(3), "InsufficientFunds"), new DisputeOpened(Day(10), "D", UnpaidReason.InvoiceError)], new ReasonContext(AsOf)).Value;

        Assert.Equal(UnpaidReason.InsufficientFunds, classification.Primary.Reason);
        Assert.Equal(25, classification.Primary.Precedence);
        Assert.Same(plan, classification.Treatment);
    }

    private sealed record Chargeback(LocalDate Date, string Network) : ReasonSignal(Date);

    private sealed class ChargebackRule(UnpaidReason reason) : IReasonRule
    {
        public ReasonFinding? Evaluate(ReasonSignal signal, ReasonContext context)
            => signal is Chargeback ? new ReasonFinding(reason, ReasonConfidence.Certain) : null;
    }

    [Fact]
    public void A_host_rule_classifies_a_signal_of_its_own()
    {
        var chargeback = UnpaidReason.Custom("Chargeback", 1001, ReasonFamily.Dispute, 30, "card chargeback", "rétrofacturation", UnpaidReason.ProductDefect.Treatment);
        var classifier = ReasonClassifier.Create(new ReasonClassifierOptions { Rules = [new ChargebackRule(chargeback)] }).Value;

        var classification = classifier.Classify([new Chargeback(Day(4), "Visa"), new CardDeclined(Day(3), "ExpiredCard")], new ReasonContext(AsOf)).Value;

        Assert.Equal([chargeback, UnpaidReason.CardExpired], classification.Reasons.Select(r => r.Reason));
    }

    [Fact]
    public void A_signal_copied_with_another_code_or_date_is_classified_by_its_new_values()
    {
        var returned = new DirectDebitReturned(Day(3), "AM04");
        var declined = new CardDeclined(Day(3), "ExpiredCard");

        var moved = Classify(returned with { Code = "AC04" }, declined with { Category = "StolenCard" }).Reasons.Select(r => r.Reason.Name);
        var late = ReasonClassifier.Default.Classify([returned with { Date = AsOf.PlusDays(1) }], new ReasonContext(AsOf));
        var old = Classify(returned with { Date = Day(200) });

        Assert.Equal([nameof(UnpaidReason.AccountClosedOrInvalid), nameof(UnpaidReason.CardLostOrStolen)], moved.Order(StringComparer.Ordinal));
        Assert.Equal(["signals[0].Date"], late.ValidationErrors.Select(e => e.Identifier));
        Assert.Equal(UnpaidReason.Unknown, old.Primary.Reason);
        Assert.Equal(returned with { Code = "AM04" }, returned);
    }

    /// <summary>A host rule that classifies the signal it is given on its own, while the outer classification runs.</summary>
    private sealed class NestedRule : IReasonRule
    {
        public ReasonFinding? Evaluate(ReasonSignal signal, ReasonContext context)
            => ReasonClassifier.Default.Classify(new List<ReasonSignal> { signal }, context).Value.Primary is { Evidence.Count: > 0 } inner
                ? new ReasonFinding(inner.Reason, ReasonConfidence.Low)
                : null;
    }

    [Fact]
    public void A_host_rule_may_classify_during_a_classification()
    {
        var classifier = ReasonClassifier.Create(new ReasonClassifierOptions { Rules = [new NestedRule()] }).Value;
        ReasonSignal[] signals = [new DirectDebitReturned(Day(3), "AM04"), new DeclaredReason(Day(2), UnpaidReason.Illness), new CardDeclined(Day(1), "ExpiredCard")];

        var nested = classifier.Classify(signals, new ReasonContext(AsOf)).Value;
        var plain = ReasonClassifier.Default.Classify(signals, new ReasonContext(AsOf)).Value;

        Assert.Equal(plain.Reasons.Select(r => (r.Reason, r.Confidence, r.Evidence.Count)), nested.Reasons.Select(r => (r.Reason, r.Confidence, r.Evidence.Count)));
    }

    private sealed class EchoRule : IReasonRule
    {
        public ReasonFinding? Evaluate(ReasonSignal signal, ReasonContext context)
            => signal is DeclaredReason declared ? new ReasonFinding(declared.Reason, ReasonConfidence.Medium) : null;
    }

    [Fact]
    public void A_host_rule_repeating_a_built_in_finding_does_not_count_twice()
    {
        var classifier = ReasonClassifier.Create(new ReasonClassifierOptions { Rules = [new EchoRule()] }).Value;

        var primary = classifier.Classify([new DeclaredReason(Day(2), UnpaidReason.Illness)], new ReasonContext(AsOf)).Value.Primary;

        Assert.Equal(ReasonConfidence.Medium, primary.Confidence);
        Assert.Single(primary.Evidence);
    }

    [Fact]
    public void The_explanation_reads_in_english()
        => Snapshot.Match(ExplainedCase().Explain(CultureInfo.InvariantCulture));

    [Fact]
    public void The_explanation_reads_in_french()
        => Snapshot.Match(ExplainedCase().Explain(new CultureInfo("fr-FR")));

    private static ReasonClassification ExplainedCase() => Classify(
        new DirectDebitReturned(Day(12), "AM04"),
        new DeclaredReason(Day(6), UnpaidReason.JobLoss),
        new DirectDebitReturned(Day(40), "MD06"),
        new SolvencyEnquiry(Day(30), SolvencyOutcome.Good));
}
