using System.Globalization;
using Recouvrement.Cases;
using Recouvrement.Escalation;
using Recouvrement.Reasons;
using Snapshooter;
using Snapshooter.Xunit;
using static Recouvrement.Domain.Tests.AccountFixtures;
using static Recouvrement.Domain.Tests.CaseFixtures;

namespace Recouvrement.Domain.Tests;

/// <summary>
/// Every kind of case event as the chronology reads it, in English and French, and every transition a case refuses
/// with the reason the collector is given.
/// </summary>
public class CaseEventWordingTests
{
    private static readonly InsolvencyNotice Liquidation = new(D(3, 1), InsolvencyProceeding.Liquidation) { ClaimDeadline = D(5, 1) };

    [Fact]
    public void A_chronology_with_every_kind_of_event_reads_in_english_and_french()
    {
        var c = Valid(CollectionCase.Create("C-7", "D-001", Currency.EUR, D(1, 20), [
            Step(D(1, 21), "First reminder"),
            new ContactLogged(D(1, 22), inbound: false) { Channel = StepChannel.CallTask },
            new ContactLogged(D(1, 22), inbound: true),
            new ContactDataRequested(D(1, 23)),
            new PromiseMade(D(1, 24), D(2, 5), Eur(500m)),
            new PaymentReceived(D(2, 4), Eur(500m)),
            new DisputeRaised(D(2, 6), "INV-2", "price"),
            new DisputeResolved(D(2, 10), "INV-2") { Upheld = true },
            new DisputeRaised(D(2, 11), "INV-3", "quantity"),
            new DisputeResolved(D(2, 12), "INV-3"),
            new ReasonActedOn(D(2, 13), FirstAction.ResendInvoice),
            new CaseReviewed(D(2, 14)),
            Step(D(2, 20), "Formal notice", StepKind.FormalNotice, StepChannel.RegisteredLetter),
            new InsolvencyOpened(D(3, 2), Liquidation),
            new ClaimFiled(D(3, 10)),
            new CaseClosed(D(4, 1), CaseOutcome.WrittenOff),
            new SurveySent(D(4, 2)),
            new CaseReopened(D(4, 3)),
        ], ["INV-2", "INV-3"]));

        Snapshot.Match(c.Describe(CultureInfo.InvariantCulture) + "\n\n" + c.Describe(new CultureInfo("fr-FR")));
    }

    public static TheoryData<string, CaseEvent?[]> Refused => new()
    {
        { "a step on a closed case", [new CaseClosed(D(2, 1), CaseOutcome.Settled), Step(D(2, 2), "First reminder")] },
        { "a reopening of an open case", [new CaseReopened(D(2, 1))] },
        { "a claim without insolvency", [new ClaimFiled(D(2, 1))] },
        { "dunning in insolvency", [new InsolvencyOpened(D(2, 1), Liquidation), Step(D(2, 2), "First reminder"), new PromiseMade(D(2, 3), D(2, 9), Eur(10m))] },
        { "a step without a name or a channel", [new StepTaken(D(2, 1), " ", StepKind.Reminder) { Channel = StepChannel.Email }, new StepTaken(D(2, 2), "Call", StepKind.Reminder)] },
        { "a court filing without a formal notice", [Step(D(2, 1), "Court", StepKind.Court, StepChannel.CourtFiling)] },
        { "a reminder after court", [Step(D(2, 1), "Notice", StepKind.FormalNotice, StepChannel.RegisteredLetter), Step(D(2, 2), "Court", StepKind.Court, StepChannel.CourtFiling), Step(D(2, 3), "Reminder")] },
        { "an agency after a write-off proposal", [Step(D(2, 1), "Write-off", StepKind.WriteOff, StepChannel.ManagerReview), Step(D(2, 3), "Agency", StepKind.Agency, StepChannel.AgencyHandover)] },
        { "a formal notice after an agency", [Step(D(2, 1), "Agency", StepKind.Agency, StepChannel.AgencyHandover), Step(D(2, 3), "Notice", StepKind.FormalNotice, StepChannel.RegisteredLetter)] },
        { "promises and payments of nothing or in another currency", [new PromiseMade(D(2, 1), D(2, 9), Eur(0m)), new PromiseMade(D(2, 1), D(2, 9), new Money(5m, Currency.GBP)), new PaymentReceived(D(2, 2), Eur(-1m)), new PaymentReceived(D(2, 2), new Money(5m, Currency.GBP))] },
        { "a promise dated before it was made", [new PromiseMade(D(2, 5), D(2, 4), Eur(10m))] },
        { "a plan missing", [new PlanAgreed(D(2, 1), null!)] },
        { "insolvency without its notice", [new InsolvencyOpened(D(2, 1), null!)] },
        { "disputes without an item twice or not open", [new DisputeRaised(D(2, 1), " ", "price"), new DisputeRaised(D(2, 2), "INV-1", "price"), new DisputeRaised(D(2, 3), "INV-1", "again"), new DisputeResolved(D(2, 4), "INV-2")] },
        { "a closing without an outcome", [new CaseClosed(D(2, 1), null!)] },
        { "events before the opening or repeated", [Step(D(1, 19), "First reminder"), new CaseReviewed(D(2, 1)), new CaseReviewed(D(2, 1))] },
        { "a null event", [new CaseReviewed(D(2, 1)), null] },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_refused_transition_names_the_event_and_why(string name, CaseEvent?[] events)
    {
        var result = CollectionCase.Create("C-1", "D-001", Currency.EUR, D(1, 20), events);

        Assert.False(result.IsSuccess);
        Snapshot.Match(string.Join("\n", result.ValidationErrors.Select(e => $"{e.ErrorCode} {e.ErrorMessage}")), SnapshotNameExtension.Create(name.Replace(' ', '_').Replace('-', '_')));
    }

    [Fact]
    public void A_case_needs_its_ids_its_currency_and_distinct_invoices()
    {
        var result = CollectionCase.Create(" ", "", null, D(1, 20), invoiceIds: ["INV-1", " ", "INV-1"]);

        Assert.Equal(
            [
                "id = \" \": must not be blank",
                "debtorId = \"\": must not be blank",
                "currency = null: must be given",
                "invoiceIds[1] = \" \": must be given, once",
                "invoiceIds[2] = \"INV-1\": must be given, once",
            ],
            result.ValidationErrors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void What_may_follow_a_closing_is_a_reopening_or_a_survey()
    {
        var closed = Case(new CaseClosed(D(2, 1), CaseOutcome.Paid));

        Assert.True(closed.Record(new SurveySent(D(2, 2))).IsSuccess);
        Assert.True(closed.Record(new CaseReopened(D(2, 2))).IsSuccess);
        Assert.Equal(
            "events[1] = \"case reviewed\": the case was closed (paid) on 2026-02-01: reopen it first",
            Assert.Single(closed.Record(new CaseReviewed(D(2, 2))).ValidationErrors).ErrorMessage);
    }
}
