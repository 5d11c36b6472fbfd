using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Communication;
using Recouvrement.Debtors;
using Recouvrement.Escalation;
using static Recouvrement.Domain.Tests.AccountFixtures;

namespace Recouvrement.Domain.Tests;

internal static class CaseFixtures
{
    /// <summary>Acme owes INV-1 (1,000, due 20 Jan), INV-2 (2,500, due 3 Mar) and INV-3 (750.25, due 31 Mar).</summary>
    internal static readonly Account AcmeAccount = AccountOf(
        Invoice("INV-1", D(1, 5), D(1, 20), 1_000m),
        Invoice("INV-2", D(2, 1), D(3, 3), 2_500m),
        Invoice("INV-3", D(3, 1), D(3, 31), 750.25m));

    /// <summary>The same invoices, owed by a debtor every channel reaches.</summary>
    internal static readonly Account ReachableAccount = Valid(Account.Create(
        new Debtor("D-001", "Acme SARL", DebtorKind.Business, "FR")
        {
            Contacts = [new Contact("Claire Martin", ContactRole.PaymentApprover)
            {
                Email = "claire@acme.example",
                Phone = "+33 1 23 45 67 89",
                Mobile = "+33 6 12 34 56 78",
                Address = new PostalAddress("12 rue des Lilas", "69003", "Lyon", "FR"),
            }],
        },
        AcmeAccount.Entries));

    internal static EscalationLadder Ladder => EscalationLadders.BusinessStandard;

    /// <summary>A ladder with steps the properties' debtor always or often passes over: one for consumers, one above 2,000, a court above 5,000; a write-off proposal ends it.</summary>
    internal static readonly EscalationLadder SkippingLadder = EscalationLadder.Builder("With skips", "FR")
        .Remind("First reminder", 1, StepChannel.Email, Tone.Courteous, "r1")
        .Remind("Consumers only", 5, StepChannel.Sms, Tone.Courteous, "c", s => s with { DebtorKinds = [DebtorKind.Consumer] })
        .Remind("Call", 10, StepChannel.CallTask, Tone.Courteous, "call")
        .Remind("Large amounts", 15, StepChannel.Letter, Tone.Firm, "large", s => s with { MinimumOverdue = new Money(2_000m, Currency.EUR) })
        .Remind("Second reminder", 20, StepChannel.Email, Tone.Firm, "r2")
        .FormalNotice("Formal notice", 30, "notice")
        .HandToAgency("Collection agency", 45, "agency", s => s with { MinimumOverdue = new Money(500m, Currency.EUR) })
        .FileInCourt("Court", 75, "court", s => s with { MinimumOverdue = new Money(5_000m, Currency.EUR) })
        .ProposeWriteOff("Write-off", 100, "write-off")
        .Build().Value;

    internal static CollectionCase Case(params CaseEvent[] events) => Valid(CollectionCase.Create("C-1", "D-001", Currency.EUR, D(1, 20), events));

    internal static T Valid<T>(Ardalis.Result.Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join(Environment.NewLine, result.ValidationErrors.Select(e => e.ErrorMessage)));
        return result.Value;
    }

    internal static CaseDecision Decide(CollectionCase collectionCase, LocalDate asOf, Account? account = null, CaseDecider? decider = null, EscalationLadder? ladder = null)
    {
        var result = (decider ?? CaseDecider.Default).Decide(collectionCase, (account ?? AcmeAccount).AsOf(asOf), ladder ?? Ladder);
        Assert.True(result.IsSuccess, string.Join(Environment.NewLine, result.ValidationErrors.Select(e => e.ErrorMessage)));
        return result.Value;
    }

    internal static StepTaken Step(LocalDate date, string name, StepKind kind = StepKind.Reminder, StepChannel? channel = null)
        => new(date, name, kind) { Channel = channel ?? StepChannel.Email };
}
