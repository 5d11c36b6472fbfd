using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Debtors;
using Recouvrement.Escalation;
using Recouvrement.Extensions;
using Recouvrement.Plans;
using Recouvrement.Reasons;
using Xunit.Sdk;

namespace Recouvrement.Fuzz.Tests;

/// <summary>Recouvrement's JSON shapes read back from mutated documents: a JsonException or a value, nothing else.</summary>
[Trait("Category", "Fuzz")]
public sealed class JsonFuzz
{
    private static readonly JsonSerializerOptions Options = RecouvrementJson.Configure(new JsonSerializerOptions());

    private static readonly (Type Type, string Json)[] Documents = Valid();

    [Fuzz]
    public Property A_mutated_document_is_read_or_refused_with_a_JsonException()
        => Prop.ForAll(JsonMutation.Of(Documents.Select(d => d.Json).ToArray()).ToArbitrary(), mutated =>
        {
            var type = Documents[mutated.Document].Type;
            try
            {
                _ = JsonSerializer.Deserialize(mutated.Json, type, Options);
            }
            catch (JsonException)
            {
                // The refusal the reader owes a broken document.
            }
            catch (Exception e)
            {
                throw new XunitException($"reading a {type.Name} threw {e.GetType().Name}, not a JsonException: {e.Message}", e);
            }
        });

    /// <summary>One document of each shape the converters read, as a host stores them.</summary>
    private static (Type, string)[] Valid()
    {
        static LocalDate D(int month, int day) => new(2026, month, day);
        var eur = (decimal amount) => new Money(amount, Currency.EUR);
        var plan = PaymentPlanCalculator.Calculate(new PlanRequest(eur(1_000m), D(2, 1), D(2, 15), PlanFrequency.Monthly) { Count = 3 }).Value;
        CaseEvent[] events =
        [
            new StepTaken(D(1, 21), "First reminder", StepKind.Reminder) { Channel = StepChannel.Email, Reference = "MAIL-1" },
            new ContactLogged(D(1, 23), inbound: true) { Note = "asks for a copy" },
            new DisputeRaised(D(1, 23), "INV-1", "missing delivery note"),
            new DisputeResolved(D(1, 30), "INV-1") { Upheld = true },
            new PromiseMade(D(1, 31), D(2, 10), eur(1_000m)),
            new PaymentReceived(D(2, 10), eur(400.50m)),
            new PlanAgreed(D(2, 12), plan),
            new InsolvencyOpened(D(4, 2), new InsolvencyNotice(D(3, 30), InsolvencyProceeding.Reorganisation)),
            new CaseClosed(D(6, 1), CaseOutcome.WrittenOff),
            new ReasonActedOn(D(1, 24), FirstAction.SendPaymentLink),
        ];
        var debtor = new Debtor("D-1", "Atelier Dupont", DebtorKind.Business, "FR")
        {
            Contacts = [new Contact("Marie", ContactRole.Accounting) { Email = "m@example.fr", Address = new PostalAddress("1 rue A", "75001", "Paris", "FR") }],
        };
        AccountEntry[] entries =
        [
            new Invoice("INV-1", D(1, 1), D(1, 31), eur(1_200m)) { Vat = eur(200m), Instalments = [new Instalment(D(1, 31), eur(600m)), new Instalment(D(2, 28), eur(600m))] },
            new CreditNote("CN-1", D(1, 5), eur(100m)) { InvoiceId = "INV-1" },
            new Deposit("DEP-1", D(1, 2), eur(50m)),
            new Payment("PAY-1", D(2, 1), eur(300m)) { Method = PaymentMethod.Card, DesignatedIds = ["INV-1"] },
            new WriteOff("WO-1", D(3, 1), "INV-1", eur(1m)),
            new Charge("CH-1", D(2, 5), D(2, 20), eur(40m), ChargeKind.Fee) { InvoiceId = "INV-1" },
        ];
        ReasonSignal[] signals =
        [
            new CardDeclined(D(1, 3), "InsufficientFunds"), new DirectDebitReturned(D(1, 4), "AM04"), new DeclaredReason(D(1, 5), UnpaidReason.JobLoss),
            new DisputeOpened(D(1, 6), "DSP-1", UnpaidReason.InvoiceError), new InsolvencyNotice(D(1, 7), InsolvencyProceeding.Safeguard),
            new SolvencyEnquiry(D(1, 8), SolvencyOutcome.Doubtful), new ContactNote(D(1, 9), "will pay on Friday"), new PromiseBroken(D(1, 10)),
        ];
        var collectionCase = CollectionCase.Create("C-1", "D-1", Currency.EUR, D(1, 20), events.Take(7), ["INV-1"]).Value;
        return
        [
            (typeof(Money), Serialize(eur(1_234.50m))),
            (typeof(Currency), Serialize(Currency.KWD)),
            (typeof(Debtor), Serialize(debtor)),
            .. entries.Select(e => (typeof(AccountEntry), Serialize(e))),
            (typeof(AccountEntry[]), Serialize(entries)),
            (typeof(PaymentPlan), Serialize(plan)),
            .. events.Select(e => (typeof(CaseEvent), Serialize(e))),
            (typeof(CollectionCase), Serialize(collectionCase)),
            .. signals.Select(s => (typeof(ReasonSignal), Serialize(s))),
            (typeof(UnpaidReason), Serialize(UnpaidReason.JobLoss)),
            (typeof(LocalDate), Serialize(D(3, 16))),
        ];
    }

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
