using System.Globalization;
using NodaTime;
using Recouvrement.Reasons;
using Snapshooter.Xunit;

namespace Recouvrement.Domain.Tests;

/// <summary>
/// The evidence a collector reads — each kind of signal described in English and French —, the treatment each reason
/// gets as the explanation words it, and the classifier's refusals of its input.
/// </summary>
public class ReasonWordingTests
{
    private static readonly LocalDate AsOf = new(2026, 11, 20);
    private static readonly CultureInfo French = new("fr-FR");

    private static ReasonClassification Classify(params ReasonSignal?[] signals)
    {
        var result = ReasonClassifier.Default.Classify(signals, new ReasonContext(AsOf) { DaysPastDue = 40 });
        Assert.True(result.IsSuccess, string.Join("; ", result.ValidationErrors.Select(e => e.ErrorMessage)));
        return result.Value;
    }

    [Fact]
    public void Every_kind_of_signal_describes_itself_in_english_and_french()
    {
        var day = AsOf.PlusDays(-3);
        ReasonSignal[] signals =
        [
            new CardDeclined(day, "ExpiredCard"),
            new CardDeclined(day, "mystery"),
            new ContactDataMissing(day),
            new ContactNote(day, "will pay on Friday"),
            new DeclaredReason(day, UnpaidReason.JobLoss),
            new DirectDebitReturned(day, "AM04"),
            new DirectDebitReturned(day, "ZZ99"),
            new DirectDebitReturned(day, "0") { Scheme = DirectDebitScheme.Bacs },
            new DirectDebitReturned(day, "ZZ99") { Scheme = DirectDebitScheme.Becs },
            new DisputeClosed(day, "D-1"),
            new DisputeOpened(day, "D-1", UnpaidReason.ProductDefect),
            new DisputeOpened(day, "D-2", UnpaidReason.PriceOrQuantityDisagreement) { ItemIds = ["INV-1", "INV-2"] },
            new InsolvencyNotice(day, InsolvencyProceeding.Liquidation) { ClaimDeadline = AsOf.PlusDays(60) },
            new InsolvencyNotice(day, InsolvencyProceeding.Reorganisation) { ClaimDeadline = AsOf.PlusDays(60) },
            new InsolvencyNotice(day, InsolvencyProceeding.Safeguard) { ClaimDeadline = AsOf.PlusDays(60) },
            new PromiseBroken(day),
            new SolvencyEnquiry(day, SolvencyOutcome.Good),
            new SolvencyEnquiry(day, SolvencyOutcome.Doubtful),
            new SolvencyEnquiry(day, SolvencyOutcome.Poor),
        ];

        Snapshot.Match(string.Join("\n", signals.Select(s => $"{s.Describe(CultureInfo.InvariantCulture)}\n  {s.Describe(French)}")));
    }

    [Fact]
    public void Every_reason_s_treatment_is_explained_in_english_and_french()
    {
        var explanations = UnpaidReason.List.OrderBy(r => r.Value).Select(reason =>
        {
            var classification = Classify(new DeclaredReason(AsOf.PlusDays(-1), reason));
            return $"{classification.Explain(CultureInfo.InvariantCulture)}\n{classification.Explain(French)}";
        });

        Snapshot.Match(string.Join("\n\n", explanations));
    }

    [Fact]
    public void A_dispute_on_named_items_pauses_those_items_and_one_on_the_account_the_disputed_items()
    {
        var named = Classify(new DisputeOpened(AsOf.PlusDays(-2), "D-1", UnpaidReason.PriceOrQuantityDisagreement) { ItemIds = ["INV-1", "INV-2"] });
        var whole = Classify(new DisputeOpened(AsOf.PlusDays(-2), "D-1", UnpaidReason.PriceOrQuantityDisagreement));

        Assert.Contains("reminders: paused for INV-1, INV-2;", named.Explain(null), StringComparison.Ordinal);
        Assert.Contains("relances : suspendues pour INV-1, INV-2 ;", named.Explain(French), StringComparison.Ordinal);
        Assert.Contains("reminders: paused for the disputed items;", whole.Explain(null), StringComparison.Ordinal);
        Assert.Contains("relances : suspendues pour les pièces contestées ;", whole.Explain(French), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_evidence_the_reason_is_presumed_from_the_account()
    {
        var result = ReasonClassifier.Default.Classify([], new ReasonContext(AsOf) { DaysPastDue = 5 }).Value;

        Assert.Contains("  - presumed from the account (a few days late, a good payer)", result.Explain(null), StringComparison.Ordinal);
        Assert.Contains("  - présumé d'après le compte (peu de jours de retard, bon payeur)", result.Explain(French), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_with_the_signals_is_named_with_its_field()
    {
        ReasonSignal?[] signals =
        [
            null,
            new DirectDebitReturned(AsOf.PlusDays(1), " "),
            new CardDeclined(AsOf, ""),
            new DisputeOpened(AsOf, " ", UnpaidReason.ProductDefect),
            new DisputeOpened(AsOf, "D-1", null!),
            new DisputeOpened(AsOf, "D-2", UnpaidReason.JobLoss),
            new DisputeOpened(AsOf, "D-3", UnpaidReason.OurBillingError) { ItemIds = null! },
            new DisputeClosed(AsOf, " "),
            new DeclaredReason(AsOf, null!),
            new ContactNote(AsOf, " "),
            new InsolvencyNotice(AsOf, null!),
            new InsolvencyNotice(AsOf, InsolvencyProceeding.Liquidation) { ClaimDeadline = AsOf.PlusDays(-1) },
        ];

        var result = ReasonClassifier.Default.Classify(signals, new ReasonContext(AsOf) { DaysPastDue = -1, OverdueAmount = new Money(-0.01m, Currency.EUR) });

        Assert.Equal(
            [
                "out-of-range context.DaysPastDue = -1: must not be negative",
                "out-of-range context.OverdueAmount = -0.01 EUR: must not be negative",
                "required signals[0] = null: must not be null",
                "out-of-range signals[1].Date = 2026-11-21: is after the classification date 2026-11-20",
                "out-of-range signals[1].Code = \" \": must be given; an unknown code is kept as is",
                "out-of-range signals[2].Category = \"\": must be given; an unknown category is kept as is",
                "out-of-range signals[3].DisputeId = \" \": must be given",
                "required signals[4].Reason = null: must be given",
                "out-of-range signals[5].Reason = \"JobLoss\": must be a reason of the dispute or internal-error family",
                "required signals[6].ItemIds = null: must not be null (empty for the whole account)",
                "out-of-range signals[7].DisputeId = \" \": must be given",
                "required signals[8].Reason = null: must be given",
                "out-of-range signals[9].Text = \" \": must not be blank",
                "required signals[10].Proceeding = null: must be given",
                "out-of-range signals[11].ClaimDeadline = 2026-11-19: must not be before the publication",
            ],
            result.ValidationErrors.Select(e => $"{e.ErrorCode} {e.ErrorMessage}"));
    }

    [Fact]
    public void A_signal_on_the_classification_date_is_accepted_and_missing_input_is_named()
    {
        Assert.True(ReasonClassifier.Default.Classify([new PromiseBroken(AsOf)], new ReasonContext(AsOf)).IsSuccess);
        Assert.Equal(
            ["context = null: must be given", "signals = null: must be given (an empty list when there is none)"],
            ReasonClassifier.Default.Classify(null, null).ValidationErrors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void Options_below_their_minimum_or_with_null_parts_are_refused()
    {
        var result = ReasonClassifier.Create(new ReasonClassifierOptions
        {
            LookbackDays = 0,
            OversightMaxDaysPastDue = -1,
            BrokenPromisesForRefusal = 0,
            InsufficientFundsForProbableInsolvency = 0,
            Rules = null!,
        });

        Assert.Equal(
            [
                "options.LookbackDays = 0: must be at least 1",
                "options.OversightMaxDaysPastDue = -1: must be at least 0",
                "options.BrokenPromisesForRefusal = 0: must be at least 1",
                "options.InsufficientFundsForProbableInsolvency = 0: must be at least 1",
                "options = null: Precedence, Treatments and Rules must not be null (leave them empty instead)",
            ],
            result.ValidationErrors.Select(e => e.ErrorMessage));
        Assert.True(ReasonClassifier.Create(new ReasonClassifierOptions { LookbackDays = 1, OversightMaxDaysPastDue = 0, BrokenPromisesForRefusal = 1, InsufficientFundsForProbableInsolvency = 1 }).IsSuccess);
        Assert.Equal("options = null: must be given", Assert.Single(ReasonClassifier.Create(null).ValidationErrors).ErrorMessage);
    }

    [Fact]
    public void A_custom_reason_needs_a_name_a_value_from_1000_and_both_labels()
    {
        var treatment = UnpaidReason.JobLoss.Treatment;
        ArgumentException Refused(string name, int value, string label, string french)
            => Assert.Throws<ArgumentException>(() => UnpaidReason.Custom(name, value, ReasonFamily.Hardship, 50, label, french, treatment));

        Assert.Equal("name", Refused(" ", 1000, "l", "f").ParamName);
        Assert.Equal("value", Refused("Mine", 999, "l", "f").ParamName);
        Assert.Equal("label", Refused("Mine", 1000, " ", "f").ParamName);
        Assert.Equal("label", Refused("Mine", 1000, "l", " ").ParamName);
        Assert.Equal(1000, UnpaidReason.Custom("Mine", 1000, ReasonFamily.Hardship, 50, "mine", "à moi", treatment).Value);
    }
}
