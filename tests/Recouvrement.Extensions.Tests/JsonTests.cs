using System.Text.Json;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Debtors;
using Recouvrement.Escalation;
using Recouvrement.Plans;
using Recouvrement.Reasons;

namespace Recouvrement.Extensions.Tests;

public class JsonTests
{
    private static readonly JsonSerializerOptions Options = RecouvrementJson.Configure(new JsonSerializerOptions());

    private static LocalDate D(int month, int day) => new(2026, month, day);

    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    private static T RoundTrip<T>(T value) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!;

    private static PaymentPlan Plan() => PaymentPlanCalculator.Calculate(new PlanRequest(Eur(1_000m), D(2, 1), D(2, 15), PlanFrequency.Monthly) { Count = 3 }).Value;

    /// <summary>One of each event, as a host would store them.</summary>
    private static CaseEvent[] Events() =>
    [
        new StepTaken(D(1, 21), "First reminder", StepKind.Reminder) { Channel = StepChannel.Email, Reference = "MAIL-1" },
        new ContactLogged(D(1, 23), inbound: true) { Channel = StepChannel.CallTask, Note = "asks for a copy" },
        new DisputeRaised(D(1, 23), "INV-1", "missing delivery note"),
        new ReasonActedOn(D(1, 24), FirstAction.SendPaymentLink) { Channel = StepChannel.Email },
        new DisputeResolved(D(1, 30), "INV-1") { Upheld = true },
        new PromiseMade(D(1, 31), D(2, 10), Eur(1_000m)),
        new PaymentReceived(D(2, 10), Eur(400.50m)),
        new PlanAgreed(D(2, 12), Plan()),
        new StepTaken(D(3, 20), "Formal notice", StepKind.FormalNotice) { Channel = StepChannel.RegisteredLetter },
        new InsolvencyOpened(D(4, 2), new InsolvencyNotice(D(3, 30), InsolvencyProceeding.Reorganisation)),
        new ClaimFiled(D(4, 20)),
        new CaseClosed(D(6, 1), CaseOutcome.WrittenOff),
        new CaseReopened(D(6, 5)),
        new SurveySent(D(6, 6)) { Channel = StepChannel.Sms },
        new CaseReviewed(D(6, 7)) { Note = "settled by phone" },
        new ContactDataRequested(D(6, 8)) { Note = "no contact has a complete postal address" },
    ];

    [Fact]
    public void Money_currencies_dates_and_vocabularies_round_trip()
    {
        Assert.Equal("{\"amount\":1234.50,\"currency\":\"EUR\"}", JsonSerializer.Serialize(Eur(1_234.50m), Options));
        Assert.Equal(Eur(1_234.50m), RoundTrip(Eur(1_234.50m)));
        Assert.Equal(Currency.GBP, RoundTrip(Currency.GBP));
        Assert.Equal("\"2026-03-16\"", JsonSerializer.Serialize(D(3, 16), Options));
        Assert.Equal(D(3, 16), RoundTrip(D(3, 16)));
        Assert.Equal("\"RegisteredLetter\"", JsonSerializer.Serialize(StepChannel.RegisteredLetter, Options));
        Assert.Same(UnpaidReason.JobLoss, RoundTrip(UnpaidReason.JobLoss));
        Assert.Same(DebtorKind.PublicAuthority, RoundTrip(DebtorKind.PublicAuthority));
        Assert.Same(CaseState.WithAgency, RoundTrip(CaseState.WithAgency));
        Assert.Same(AmortizationMethod.Annuity, RoundTrip(AmortizationMethod.Annuity));
    }

    [Fact]
    public void Every_case_event_round_trips_alone_and_as_a_case_event()
    {
        foreach (var e in Events())
        {
            Assert.Equal(Describe(e), Describe(RoundTrip(e)));
            Assert.Equal(Describe(e), Describe(RoundTrip<CaseEvent>(e)));
        }

        static string Describe(CaseEvent e) => $"{e.GetType().Name} {e.Date} {e.Describe(null)} {e.Channel} {e.Reference} {e.Note}";
    }

    [Fact]
    public void A_plan_round_trips_through_its_checks()
    {
        Assert.Equal(Plan().Describe(null), RoundTrip(Plan()).Describe(null));
        var json = JsonSerializer.Serialize(Plan(), Options).Replace("\"number\":2", "\"number\":7", StringComparison.Ordinal);
        Assert.Contains("instalments[1].Number", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PaymentPlan>(json, Options)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interest_bearing_consolidated_plan_with_a_fee_round_trips()
    {
        var request = PlanRequest.Consolidating([new PlanDebt("INV-2", D(1, 31), Eur(600m)), new PlanDebt("INV-1", D(1, 10), Eur(400m))], D(2, 1), D(3, 1), PlanFrequency.Monthly).Value with
        {
            Count = 4,
            Interest = new PlanInterest(AnnualRate.FromPercent(6m), AmortizationMethod.SimpleInterest),
            Fee = Eur(25m),
            DebtorKind = DebtorKind.Business,
        };
        var plan = PaymentPlanCalculator.Calculate(request).Value;
        var restored = RoundTrip(plan);
        Assert.Equal(plan.Describe(null), restored.Describe(null));
        Assert.Equal(plan.Instalments, restored.Instalments);
        Assert.Equal(plan.Debts, restored.Debts);
    }

    [Fact]
    public void A_whole_case_round_trips_with_its_chronology_and_state()
    {
        var stored = CollectionCase.Create("C-1", "D-001", Currency.EUR, D(1, 20), Events(), ["INV-1", "INV-2"]).Value;
        var restored = RoundTrip(stored);
        Assert.Equal(stored.Describe(null), restored.Describe(null));
        Assert.Equal(stored.State, restored.State);
        Assert.Equal(["INV-1", "INV-2"], restored.InvoiceIds);
    }

    [Fact]
    public void A_tampered_case_is_refused_with_its_problems()
    {
        var json = JsonSerializer.Serialize(CollectionCase.Create("C-1", "D-001", Currency.EUR, D(1, 20), Events()).Value, Options)
            .Replace("\"date\":\"2026-01-21\"", "\"date\":\"2025-01-21\"", StringComparison.Ordinal);
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CollectionCase>(json, Options));
        Assert.Contains("is before the case opened on 2026-01-20", error.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CaseEvent>("{\"type\":\"Teleportation\",\"date\":\"2026-01-01\"}", Options));
    }

    [Fact]
    public void A_debtor_with_its_contacts_and_governing_law_round_trips()
    {
        var debtor = new Debtor("C-042", "Boulangerie Martin", DebtorKind.Business, "FR")
        {
            GoverningLaw = "FR-67",
            Contacts =
            [
                new Contact("Paul Martin", ContactRole.PaymentApprover)
                {
                    Email = "paul@example.org",
                    Mobile = "+33 6 12 34 56 78",
                    Address = new PostalAddress("12 rue du Four", "69002", "Lyon", "FR") { Line2 = "Bât. B" },
                },
                new Contact("Accueil", ContactRole.Accounting) { Phone = "04 72 00 00 00" },
            ],
        };
        var restored = RoundTrip(debtor);
        Assert.Equal(debtor with { Contacts = [] }, restored with { Contacts = [] });
        Assert.Equal(debtor.Contacts, restored.Contacts);
    }

    [Fact]
    public void Every_account_entry_round_trips_and_rebuilds_the_same_account()
    {
        AccountEntry[] entries =
        [
            new Invoice("F-1", D(1, 10), D(2, 9), Eur(1_200m)) { Vat = Eur(200m) },
            new Invoice("F-2", D(1, 12), D(3, 12), Eur(600m)) { Instalments = [new Instalment(D(2, 12), Eur(300m)), new Instalment(D(3, 12), Eur(300m))] },
            new CreditNote("AV-1", D(2, 1), Eur(100m)) { InvoiceId = "F-2" },
            new Deposit("AC-1", D(1, 5), Eur(50m)) { InvoiceId = "F-1" },
            new Payment("VIR-1", D(2, 12), Eur(700m)) { Method = PaymentMethod.Cheque, DesignatedIds = ["F-1"] },
            new WriteOff("PP-1", D(3, 1), "F-1", Eur(0.50m)),
            new Charge("IND-1", D(2, 10), D(2, 10), Eur(40m), ChargeKind.Fee) { InvoiceId = "F-1" },
        ];
        var restored = entries.Select(e => RoundTrip<AccountEntry>(e)).ToArray();
        Assert.Equal(entries.Select(Describe), restored.Select(Describe));

        var debtor = new Debtor("C-1", "Client", DebtorKind.Business, "FR");
        Assert.Equal(
            Account.Create(debtor, entries).Value.AsOf(D(4, 1)).Open,
            Account.Create(debtor, restored).Value.AsOf(D(4, 1)).Open);

        // Records compare their lists by reference: describe the lists by their content.
        static string Describe(AccountEntry e) => e switch
        {
            Invoice i => $"{i with { Instalments = [] }} {string.Join(";", i.Instalments)}",
            Payment p => $"{p with { DesignatedIds = [] }} {string.Join(";", p.DesignatedIds)}",
            _ => e.ToString(),
        };
    }

    [Fact]
    public void Every_reason_signal_round_trips()
    {
        ReasonSignal[] signals =
        [
            new CardDeclined(D(3, 1), "ExpiredCard"),
            new ContactDataMissing(D(3, 2)),
            new ContactNote(D(3, 3), "rappelle lundi"),
            new DeclaredReason(D(3, 4), UnpaidReason.JobLoss),
            new DirectDebitReturned(D(3, 5), "AM04"),
            new DirectDebitReturned(D(3, 5), "0") { Scheme = DirectDebitScheme.Bacs },
            new DisputeClosed(D(3, 6), "LIT-1"),
            new DisputeOpened(D(3, 7), "LIT-2", UnpaidReason.ProductDefect) { ItemIds = ["F-1", "F-2"] },
            new InsolvencyNotice(D(3, 8), InsolvencyProceeding.Liquidation) { ClaimDeadline = D(5, 20) },
            new PromiseBroken(D(3, 9)),
            new SolvencyEnquiry(D(3, 10), SolvencyOutcome.Doubtful),
        ];
        foreach (var signal in signals)
        {
            var restored = RoundTrip(signal);
            Assert.Equal(Describe(signal), Describe(restored));
        }

        static string Describe(ReasonSignal s) => s is DisputeOpened d ? $"{d with { ItemIds = [] }} {string.Join(";", d.ItemIds)}" : s.ToString();
    }

    [Fact]
    public void A_dispute_flag_without_its_reason_reads_as_not_known_yet()
    {
        var flag = JsonSerializer.Deserialize<ReasonSignal>("""{ "type": "DisputeOpened", "date": "2026-03-07", "disputeId": "ERP-1", "itemIds": ["F-1"] }""", Options);
        Assert.Equal(UnpaidReason.DisputeUnspecified, Assert.IsType<DisputeOpened>(flag).Reason);
    }

    [Fact]
    public void A_refused_value_names_its_field_and_the_path_of_its_object()
    {
        const string json = "[{\"type\":\"Invoice\",\"id\":\"F-1\",\"issueDate\":\"2026-01-10\",\"dueDate\":\"2026-02-30\",\"total\":{\"amount\":10,\"currency\":\"EUR\"}}]";
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AccountEntry[]>(json, Options));
        Assert.StartsWith("\"dueDate\": \"2026-02-30\" is not a date", error.Message, StringComparison.Ordinal);
        Assert.Equal("$[0]", error.Path);

        var signal = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ReasonSignal>("{\"type\":\"SolvencyEnquiry\",\"date\":\"2026-01-01\",\"outcome\":\"Great\"}", Options));
        Assert.StartsWith("\"outcome\": \"Great\" is not a solvency outcome", signal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"99\"")]
    [InlineData("\"-1\"")]
    [InlineData("\"0\"")]
    [InlineData("\"Reminder, Court\"")]
    [InlineData("\"reminder\"")]
    [InlineData("1")]
    public void A_step_kind_is_read_by_its_name_only(string kind)
    {
        var error = Assert.Throws<JsonException>(() => Step($"\"kind\":{kind}"));
        Assert.Equal($"\"kind\": {kind} is not a step kind: one of Reminder, FormalNotice, Agency, Court, WriteOff", error.Message);
        Assert.Equal("$", error.Path);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("true")]
    [InlineData("\"Pigeon\"")]
    public void A_channel_that_is_not_a_channel_name_is_refused_not_dropped(string channel)
    {
        var error = Assert.Throws<JsonException>(() => Step($"\"kind\":\"Reminder\",\"channel\":{channel}"));
        Assert.StartsWith($"\"channel\": {channel} is not a StepChannel: one of ", error.Message, StringComparison.Ordinal);
        Assert.Null(Step("\"kind\":\"Reminder\",\"channel\":null").Channel);
    }

    /// <summary>A StepTaken read from JSON, with <paramref name="fields"/> after its date and name.</summary>
    private static CaseEvent Step(string fields)
        => JsonSerializer.Deserialize<CaseEvent>($"{{\"type\":\"StepTaken\",\"date\":\"2026-01-21\",\"stepName\":\"First reminder\",{fields}}}", Options)!;

    [Fact]
    public void A_refused_event_in_a_case_names_its_place_in_the_events()
    {
        var json = JsonSerializer.Serialize(CollectionCase.Create("C-1", "D-001", Currency.EUR, D(1, 20), Events()).Value, Options)
            .Replace("\"kind\":\"FormalNotice\"", "\"kind\":\"99\"", StringComparison.Ordinal);
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CollectionCase[]>($"[{json}]", Options));
        Assert.StartsWith("\"events[8]\": \"kind\": \"99\" is not a step kind", error.Message, StringComparison.Ordinal);
        Assert.Equal("$[0]", error.Path);
    }

    [Fact]
    public void A_payment_without_a_method_is_refused_by_name_not_a_null_reference()
    {
        var payment = new Payment("VIR-1", D(2, 12), Eur(700m)) { Method = null! };
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Serialize<AccountEntry>(payment, Options));
        Assert.StartsWith("\"method\" is null: a PaymentMethod is required", error.Message, StringComparison.Ordinal);
    }
}
