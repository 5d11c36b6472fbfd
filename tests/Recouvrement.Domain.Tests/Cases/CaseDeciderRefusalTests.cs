using Recouvrement.Cases;
using Recouvrement.Escalation;
using Recouvrement.Reasons;
using Snapshooter.Xunit;
using static Recouvrement.Domain.Tests.AccountFixtures;
using static Recouvrement.Domain.Tests.CaseFixtures;

namespace Recouvrement.Domain.Tests;

/// <summary>What the case decider refuses — a bad policy, a request that does not match its case, an offer — worded.</summary>
public class CaseDeciderRefusalTests
{
    [Fact]
    public void A_policy_names_every_bad_setting()
    {
        var policy = new CasePolicy
        {
            PromiseGraceDays = -1,
            SurveyExpiryDays = -1,
            SurveyDelayDays = -1,
            SurveyAfterContactDays = new Dictionary<StepChannel, int> { [StepChannel.Email] = -1 },
            OfferHorizonDays = -1,
            ClaimUrgentDays = -1,
            LimitationWarningDays = -1,
            ReviewIntervalDays = 0,
            MaxContacts = 0,
            AgencyMinimum = Eur(-1m),
            Fallbacks = new Dictionary<StepChannel, IReadOnlyList<StepChannel>> { [StepChannel.Email] = [StepChannel.CourtFiling] },
            Rules = [.. CaseRules.Default, CaseRules.Default[0], null!],
        };

        var result = CaseDecider.Create(policy);

        Snapshot.Match(string.Join("\n", result.ValidationErrors.Select(e => $"{e.ErrorCode} {e.ErrorMessage}")));
    }

    [Fact]
    public void The_policy_s_bounds_are_accepted()
    {
        var policy = new CasePolicy
        {
            PromiseGraceDays = 0,
            SurveyExpiryDays = 0,
            SurveyDelayDays = 0,
            SurveyAfterContactDays = new Dictionary<StepChannel, int> { [StepChannel.Email] = 0 },
            OfferHorizonDays = 0,
            ClaimUrgentDays = 0,
            LimitationWarningDays = 0,
            ReviewIntervalDays = 1,
            MaxContacts = 1,
            ContactWindowDays = 1,
            AgencyMinimum = Eur(0m),
            CourtMinimum = Eur(0m),
        };

        Assert.True(CaseDecider.Create(policy).IsSuccess, string.Join("; ", CaseDecider.Create(policy).ValidationErrors.Select(e => e.ErrorMessage)));
        Assert.Equal(
            "MaxContacts = \"3 in 0 days\": allows at least one contact in a window of at least a day",
            Assert.Single(CaseDecider.Create(new CasePolicy { ContactWindowDays = 0 }).ValidationErrors).ErrorMessage);
        Assert.Equal(
            "Rules = null: must be given (CaseRules.Default for the library's)",
            Assert.Single(CaseDecider.Create(new CasePolicy { Rules = null! }).ValidationErrors).ErrorMessage);
        Assert.Equal(
            "AgencyMinimum = \", -0.01 EUR\": thresholds must not be negative",
            Assert.Single(CaseDecider.Create(new CasePolicy { CourtMinimum = Eur(-0.01m) }).ValidationErrors).ErrorMessage);
    }

    [Fact]
    public void A_request_for_another_debtor_currency_or_an_earlier_date_is_refused()
    {
        var c = Valid(CollectionCase.Create("C-1", "D-999", Currency.GBP, D(1, 20), [Step(D(3, 1), "First reminder")]));

        var result = CaseDecider.Default.Decide(c, AcmeAccount.AsOf(D(2, 28)), Ladder);

        Assert.Equal(
            [
                "conflict statement.Debtor.Id = \"D-001\": is not the case's debtor (D-999)",
                "currency-mismatch statement.Currency = \"EUR\": is not the case's currency (GBP)",
                "out-of-range statement.AsOf = 2026-02-28: is before the case's last event (2026-03-01): decide as of a later date",
            ],
            result.ValidationErrors.Select(e => $"{e.ErrorCode} {e.ErrorMessage}"));
        Assert.True(CaseDecider.Default.Decide(Case(Step(D(3, 1), "First reminder")), AcmeAccount.AsOf(D(3, 1)), Ladder).IsSuccess);
    }

    [Fact]
    public void Missing_parts_of_a_request_are_named()
    {
        Assert.Equal("collectionCase = null: must be given", Assert.Single(CaseDecider.Default.Decide(null, AcmeAccount.AsOf(D(3, 1)), Ladder).ValidationErrors).ErrorMessage);
        Assert.Equal("statement = null: must be given", Assert.Single(CaseDecider.Default.Decide(Case(), null, Ladder).ValidationErrors).ErrorMessage);
        Assert.Equal("ladder = null: must be given", Assert.Single(CaseDecider.Default.Decide(Case(), AcmeAccount.AsOf(D(3, 1)), null).ValidationErrors).ErrorMessage);
    }

    [Fact]
    public void A_reason_other_than_the_classification_s_is_refused()
    {
        var statement = AcmeAccount.AsOf(D(3, 1));
        var classification = ReasonClassifier.Default.Classify([new DeclaredReason(D(2, 27), UnpaidReason.JobLoss)], ReasonContext.Of(statement)).Value;

        var result = CaseDecider.Default.Decide(new CaseDecisionRequest(Case(), statement, Ladder) { Classification = classification, Reason = UnpaidReason.Forgot });

        Assert.Equal(
            "conflict Reason = \"Forgot\": is not the classification's deciding reason (JobLoss): give one or the other",
            string.Join("\n", result.ValidationErrors.Select(e => $"{e.ErrorCode} {e.ErrorMessage}")));
        Assert.True(CaseDecider.Default.Decide(new CaseDecisionRequest(Case(), statement, Ladder) { Classification = classification, Reason = UnpaidReason.JobLoss }).IsSuccess);
    }

    [Fact]
    public void An_offer_needs_a_method_and_a_payment_date_not_before_it()
    {
        var statement = AcmeAccount.AsOf(D(3, 1));

        Assert.Equal(
            [
                "required offer.Method = \" \": must name the payment method",
                "out-of-range offer.PaymentDate = 2026-02-28: is before the offer (2026-03-01)",
            ],
            CaseDecider.Default.AssessOffer(new PaymentOffer(D(3, 1), " ", D(2, 28)), statement).ValidationErrors.Select(e => $"{e.ErrorCode} {e.ErrorMessage}"));
        Assert.Equal("offer = null: must be given", Assert.Single(CaseDecider.Default.AssessOffer(null, statement).ValidationErrors).ErrorMessage);
        Assert.Equal("statement = null: must be given", Assert.Single(CaseDecider.Default.AssessOffer(new PaymentOffer(D(3, 1), "card", D(3, 1)), null).ValidationErrors).ErrorMessage);
        Assert.True(CaseDecider.Default.AssessOffer(new PaymentOffer(D(3, 1), "card", D(3, 1)), statement).IsSuccess);
    }
}
