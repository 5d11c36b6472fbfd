using NodaTime;
using Recouvrement.Reasons;

namespace Recouvrement.Docs.Tests;

/// <summary>The samples of docs/reasons.md.</summary>
public class ReasonsPage
{
    [Fact]
    public void Classify_an_account()
    {
        // begin-snippet: classify
        ReasonSignal[] signals =
        [
            new DirectDebitReturned(new LocalDate(2026, 11, 8), "AM04"),
            new DeclaredReason(new LocalDate(2026, 11, 14), UnpaidReason.JobLoss),
        ];

        var result = ReasonClassifier.Default.Classify(signals, new ReasonContext(new LocalDate(2026, 11, 20)) { DaysPastDue = 35 });

        if (result.IsSuccess)
        {
            var treatment = result.Value.Treatment;            // offer a payment plan, empathetic tone, TECREP script
            Console.WriteLine(result.Value.Explain(null));     // the reasons, their evidence and the treatment
        }
        // end-snippet

        Assert.Equal(FirstAction.OfferPaymentPlan, result.Value.Treatment.FirstAction);
    }
}
