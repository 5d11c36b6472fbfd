using Recouvrement.Reasons;

namespace Recouvrement.Domain.Tests;

public class ReasonCodeTests
{
    public static TheoryData<string, string, RetryAdvice> SepaCodes() => new()
    {
        // EPC SDD R-transaction reason codes (ISO 20022 ExternalStatusReason1Code).
        { "AC01", nameof(UnpaidReason.AccountClosedOrInvalid), RetryAdvice.Hard },
        { "AC04", nameof(UnpaidReason.AccountClosedOrInvalid), RetryAdvice.Hard },
        { "AC06", nameof(UnpaidReason.AccountClosedOrInvalid), RetryAdvice.Hard },
        { "AC13", nameof(UnpaidReason.AccountClosedOrInvalid), RetryAdvice.Hard },
        { "AG01", nameof(UnpaidReason.AccountClosedOrInvalid), RetryAdvice.Hard },
        { "AG02", nameof(UnpaidReason.TechnicalRejection), RetryAdvice.Hard },
        { "AM04", nameof(UnpaidReason.InsufficientFunds), RetryAdvice.Soft },
        { "AM05", nameof(UnpaidReason.TechnicalRejection), RetryAdvice.Hard },
        { "BE05", nameof(UnpaidReason.TechnicalRejection), RetryAdvice.Hard },
        { "FF01", nameof(UnpaidReason.TechnicalRejection), RetryAdvice.Soft },
        { "MD01", nameof(UnpaidReason.MandateRevokedOrMissing), RetryAdvice.Hard },
        { "MD02", nameof(UnpaidReason.MandateRevokedOrMissing), RetryAdvice.Hard },
        { "MD06", nameof(UnpaidReason.MandateRevokedOrMissing), RetryAdvice.Hard },
        { "MD07", nameof(UnpaidReason.Death), RetryAdvice.Hard },
        { "MS02", nameof(UnpaidReason.MandateRevokedOrMissing), RetryAdvice.Hard },
        { "MS03", nameof(UnpaidReason.TechnicalRejection), RetryAdvice.Soft },
        { "RC01", nameof(UnpaidReason.TechnicalRejection), RetryAdvice.Hard },
        { "RR01", nameof(UnpaidReason.TechnicalRejection), RetryAdvice.Hard },
        { "RR04", nameof(UnpaidReason.TechnicalRejection), RetryAdvice.Hard },
        { "SL01", nameof(UnpaidReason.MandateRevokedOrMissing), RetryAdvice.Hard },
        { "RR02", nameof(UnpaidReason.TechnicalRejection), RetryAdvice.Hard },
        { "RR03", nameof(UnpaidReason.TechnicalRejection), RetryAdvice.Hard },
        { "CNOR", nameof(UnpaidReason.TechnicalRejection), RetryAdvice.Hard },
        { "DNOR", nameof(UnpaidReason.AccountClosedOrInvalid), RetryAdvice.Hard },
    };

    public static TheoryData<string, string, RetryAdvice> CardCategories() => new()
    {
        { "ExpiredCard", nameof(UnpaidReason.CardExpired), RetryAdvice.Hard },
        { "LostCard", nameof(UnpaidReason.CardLostOrStolen), RetryAdvice.Hard },
        { "StolenCard", nameof(UnpaidReason.CardLostOrStolen), RetryAdvice.Hard },
        { "InsufficientFunds", nameof(UnpaidReason.InsufficientFunds), RetryAdvice.Soft },
        { "LimitExceeded", nameof(UnpaidReason.InsufficientFunds), RetryAdvice.Soft },
        { "IncorrectCardDetails", nameof(UnpaidReason.AccountClosedOrInvalid), RetryAdvice.Hard },
        { "DoNotHonour", nameof(UnpaidReason.TechnicalRejection), RetryAdvice.Soft },
        { "ProcessingError", nameof(UnpaidReason.TechnicalRejection), RetryAdvice.Soft },
        { "AuthenticationRequired", nameof(UnpaidReason.TechnicalRejection), RetryAdvice.Hard },
        { "SuspectedFraud", nameof(UnpaidReason.CardLostOrStolen), RetryAdvice.Hard },
        { "PaymentStopped", nameof(UnpaidReason.MandateRevokedOrMissing), RetryAdvice.Hard },
        { "NotPermitted", nameof(UnpaidReason.TechnicalRejection), RetryAdvice.Hard },
    };

    public static TheoryData<string, string> ProcessorCodes() => new()
    {
        // Stripe decline codes (docs.stripe.com/declines/codes) and ISO 8583 response codes as card schemes send them.
        { "insufficient_funds", nameof(CardDecline.InsufficientFunds) },
        { "51", nameof(CardDecline.InsufficientFunds) },
        { "card_velocity_exceeded", nameof(CardDecline.LimitExceeded) },
        { "61", nameof(CardDecline.LimitExceeded) },
        { "expired_card", nameof(CardDecline.ExpiredCard) },
        { "54", nameof(CardDecline.ExpiredCard) },
        { "lost_card", nameof(CardDecline.LostCard) },
        { "41", nameof(CardDecline.LostCard) },
        { "stolen_card", nameof(CardDecline.StolenCard) },
        { "43", nameof(CardDecline.StolenCard) },
        { "incorrect_number", nameof(CardDecline.IncorrectCardDetails) },
        { "14", nameof(CardDecline.IncorrectCardDetails) },
        { "do_not_honor", nameof(CardDecline.DoNotHonour) },
        { "generic_decline", nameof(CardDecline.DoNotHonour) },
        { "05", nameof(CardDecline.DoNotHonour) },
        { "processing_error", nameof(CardDecline.ProcessingError) },
        { "91", nameof(CardDecline.ProcessingError) },
        { "authentication_required", nameof(CardDecline.AuthenticationRequired) },
        { "1A", nameof(CardDecline.AuthenticationRequired) },
        { "fraudulent", nameof(CardDecline.SuspectedFraud) },
        { "59", nameof(CardDecline.SuspectedFraud) },
        { "stop_payment_order", nameof(CardDecline.PaymentStopped) },
        { "R1", nameof(CardDecline.PaymentStopped) },
        { "card_not_supported", nameof(CardDecline.NotPermitted) },
        { "57", nameof(CardDecline.NotPermitted) },
    };

    [Theory]
    [MemberData(nameof(ProcessorCodes))]
    public void Processors_decline_codes_are_read_as_sent(string code, string category)
    {
        Assert.True(CardDecline.TryParse($" {code.ToUpperInvariant()} ", out var decline));
        Assert.Equal(category, decline!.Name);
    }

    [Fact]
    public void Each_alias_belongs_to_one_code_of_its_list()
    {
        AssertOwn(CardDecline.List);
        AssertOwn(SepaReturnCode.List);
        AssertOwn(BacsReturnCode.List);
        AssertOwn(BecsReturnCode.List);

        static void AssertOwn<T>(IReadOnlyCollection<T> codes)
            where T : RejectionCode<T>
        {
            var aliases = codes.SelectMany(c => c.Aliases).ToList();
            Assert.Equal(aliases.Count, aliases.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.DoesNotContain(aliases, a => codes.Any(c => string.Equals(c.Name, a, StringComparison.OrdinalIgnoreCase)));
        }
    }

    [Fact]
    public void Bacs_and_becs_returns_are_read_in_their_scheme()
    {
        // Bacs ARUDD 0 "refer to payer" and B "account closed"; BECS 6 "refer to customer", 2 "payment stopped".
        var signals = new (DirectDebitReturned Signal, UnpaidReason Reason)[]
        {
            (new DirectDebitReturned(new NodaTime.LocalDate(2026, 3, 2), "0") { Scheme = DirectDebitScheme.Bacs }, UnpaidReason.InsufficientFunds),
            (new DirectDebitReturned(new NodaTime.LocalDate(2026, 3, 2), "b") { Scheme = DirectDebitScheme.Bacs }, UnpaidReason.AccountClosedOrInvalid),
            (new DirectDebitReturned(new NodaTime.LocalDate(2026, 3, 2), "6") { Scheme = DirectDebitScheme.Becs }, UnpaidReason.InsufficientFunds),
            (new DirectDebitReturned(new NodaTime.LocalDate(2026, 3, 2), "2") { Scheme = DirectDebitScheme.Becs }, UnpaidReason.MandateRevokedOrMissing),
            (new DirectDebitReturned(new NodaTime.LocalDate(2026, 3, 2), "AM04"), UnpaidReason.InsufficientFunds),
        };

        Assert.All(signals, s => Assert.Equal(s.Reason, s.Signal.Known?.Reason));
        Assert.Equal("Bacs Direct Debit returned, code B (account closed)", signals[1].Signal.Describe(null));
        Assert.Equal("prélèvement BECS rejeté, code 6 (provision insuffisante)", signals[2].Signal.Describe(new System.Globalization.CultureInfo("fr-FR")));
        Assert.Null(new DirectDebitReturned(new NodaTime.LocalDate(2026, 3, 2), "0").Known);
    }

    [Theory]
    [MemberData(nameof(SepaCodes))]
    public void Every_sepa_code_maps_to_a_reason_and_a_retry_advice(string code, string reason, RetryAdvice retry)
    {
        Assert.True(SepaReturnCode.TryParse($" {code.ToLowerInvariant()} ", out var parsed));
        Assert.Equal((reason, retry), (parsed!.Reason.Name, parsed.Retry));
        Assert.True(parsed.Reason.Family == ReasonFamily.PaymentFailure || parsed.Reason == UnpaidReason.Death);
    }

    [Theory]
    [MemberData(nameof(CardCategories))]
    public void Every_card_decline_maps_to_a_reason_and_a_retry_advice(string category, string reason, RetryAdvice retry)
    {
        var decline = CardDecline.FromName(category);
        Assert.Equal((reason, retry), (decline.Reason.Name, decline.Retry));
    }

    [Fact]
    public void The_tables_cover_every_shipped_code()
    {
        Assert.Equal(SepaReturnCode.List.Select(c => c.Name).Order(), SepaCodes().Select(row => (string)row[0]).Order());
        Assert.Equal(CardDecline.List.Select(c => c.Name).Order(), CardCategories().Select(row => (string)row[0]).Order());
    }

    [Fact]
    public void Every_reason_has_a_family_labels_a_treatment_and_a_rank()
    {
        Assert.Equal(25, UnpaidReason.List.Count); // 2 oversight, 6 dispute, 6 payment failure, 5 hardship, 2 insolvency, 2 internal, refusal, unknown
        Assert.All(UnpaidReason.List, reason =>
        {
            Assert.False(string.IsNullOrWhiteSpace(reason.Label));
            Assert.False(string.IsNullOrWhiteSpace(reason.FrenchLabel));
            Assert.False(string.IsNullOrWhiteSpace(reason.Treatment.FollowUp));
            Assert.False(string.IsNullOrWhiteSpace(reason.Treatment.FrenchFollowUp));
            Assert.InRange(reason.Precedence, 10, 90);
        });
        Assert.All(ReasonFamily.List, family => Assert.Contains(UnpaidReason.List, r => r.Family == family));
    }

    [Fact]
    public void Treatments_follow_the_reason_family()
    {
        Assert.Equal(FirstAction.SendPaymentLink, UnpaidReason.CardExpired.Treatment.FirstAction);
        Assert.Equal(FirstAction.RetryCollection, UnpaidReason.InsufficientFunds.Treatment.FirstAction);
        Assert.Equal(DunningPause.ConcernedItems, UnpaidReason.ProductDefect.Treatment.Pause);
        Assert.Equal(FirstAction.OfferPaymentPlan, UnpaidReason.JobLoss.Treatment.FirstAction);
        Assert.Equal(Communication.Tone.Empathetic, UnpaidReason.Illness.Treatment.Tone);
        Assert.Equal(Communication.ScriptCue.List.OrderBy(c => c.Value), UnpaidReason.JobLoss.Treatment.ScriptCues);
        Assert.Equal(FirstAction.CourteousReminder, UnpaidReason.Forgot.Treatment.FirstAction);
        Assert.True(UnpaidReason.ProbableInsolvency.Treatment.StopsDeliveries);
        Assert.Equal((FirstAction.FileProofOfClaim, DunningPause.WholeAccount), (UnpaidReason.FormalProceedings.Treatment.FirstAction, UnpaidReason.FormalProceedings.Treatment.Pause));
        Assert.Equal(FirstAction.CorrectAndResend, UnpaidReason.OurBillingError.Treatment.FirstAction);
        Assert.Equal(FirstAction.FormalNotice, UnpaidReason.RefusalOrBadFaith.Treatment.FirstAction);
    }

    [Fact]
    public void Shared_script_cues_cannot_be_changed_through_a_cast()
        => Assert.All(UnpaidReason.List.Where(r => r.Treatment.ScriptCues.Count > 0), reason => Assert.IsNotType<Communication.ScriptCue[]>(reason.Treatment.ScriptCues));

    [Fact]
    public void A_host_adds_a_reason_of_its_own_and_bad_ones_are_refused()
    {
        var chargeback = UnpaidReason.Custom("Chargeback", 1001, ReasonFamily.Dispute, 30, "card chargeback", "rétrofacturation", UnpaidReason.ProductDefect.Treatment);
        Assert.Equal(ReasonFamily.Dispute, chargeback.Family);
        Assert.DoesNotContain(chargeback, UnpaidReason.List);
        Assert.Throws<ArgumentException>(() => UnpaidReason.Custom("Low", 5, ReasonFamily.Dispute, 30, "x", "x", UnpaidReason.ProductDefect.Treatment));
        Assert.Throws<ArgumentNullException>(() => UnpaidReason.Custom("NoFamily", 1002, null!, 30, "x", "x", UnpaidReason.ProductDefect.Treatment));
    }
}
