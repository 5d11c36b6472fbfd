using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Escalation;
using Recouvrement.Plans;
using Recouvrement.Reasons;

namespace Recouvrement.Fuzz.Tests;

/// <summary>Cases replayed from any events, decided on any statement; reasons classified from any signals.</summary>
[Trait("Category", "Fuzz")]
public sealed class CaseFuzz
{
    private static readonly PaymentPlan Plan = PaymentPlanCalculator.Calculate(
        new PlanRequest(new Money(900m, Currency.EUR), new LocalDate(2026, 1, 10), new LocalDate(2026, 2, 10), PlanFrequency.Monthly) { Count = 3 }).Value;

    private static readonly Gen<CaseEvent> Events = Gen.Frequency(
        (3, from date in Edges.Dates from name in Edges.Ids from kind in Edges.Of(StepKind.Reminder, StepKind.FormalNotice, StepKind.Agency, StepKind.Court, StepKind.WriteOff, (StepKind)9)
            select (CaseEvent)new StepTaken(date, name, kind)),
        (2, from date in Edges.Dates from promised in Edges.Dates from amount in Edges.MostlyEuros select (CaseEvent)new PromiseMade(date, promised, amount)),
        (2, from date in Edges.Dates from amount in Edges.MostlyEuros select (CaseEvent)new PaymentReceived(date, amount)),
        (1, from date in Edges.Dates from item in Edges.Ids from subject in Edges.Ids select (CaseEvent)new DisputeRaised(date, item, subject)),
        (1, from date in Edges.Dates from item in Edges.Ids from upheld in ArbMap.Default.GeneratorFor<bool>() select (CaseEvent)new DisputeResolved(date, item) { Upheld = upheld }),
        (1, from date in Edges.Dates select (CaseEvent)new PlanAgreed(date, Plan)),
        (1, from date in Edges.Dates from proceeding in Edges.Of(InsolvencyProceeding.List.Append(null!).ToArray())
            select (CaseEvent)new InsolvencyOpened(date, new InsolvencyNotice(date, proceeding))),
        (1, from date in Edges.Dates from outcome in Edges.Of(CaseOutcome.List.Append(null!).ToArray()) select (CaseEvent)new CaseClosed(date, outcome)),
        (1, from date in Edges.Dates from action in Edges.Of(FirstAction.List.Append(null!).ToArray()) select (CaseEvent)new ReasonActedOn(date, action)),
        (2, from date in Edges.Dates from kind in Gen.Choose(0, 6) from inbound in ArbMap.Default.GeneratorFor<bool>()
            select kind switch
            {
                0 => (CaseEvent)new ClaimFiled(date), 1 => new CaseReopened(date), 2 => new SurveySent(date), 3 => new CaseReviewed(date),
                4 => new ContactDataRequested(date), _ => new ContactLogged(date, inbound),
            }));

    private static readonly Gen<ReasonSignal> Signals = Gen.OneOf(
        from date in Edges.Dates from category in Edges.Ids select (ReasonSignal)new CardDeclined(date, category),
        from date in Edges.Dates from code in Edges.Ids select (ReasonSignal)new DirectDebitReturned(date, code),
        from date in Edges.Dates from text in Edges.Ids select (ReasonSignal)new ContactNote(date, text),
        from date in Edges.Dates from reason in Edges.Of(UnpaidReason.List.Append(null!).ToArray()) select (ReasonSignal)new DeclaredReason(date, reason),
        from date in Edges.Dates from id in Edges.Ids from reason in Edges.Of(UnpaidReason.List.Append(null!).ToArray()) select (ReasonSignal)new DisputeOpened(date, id, reason),
        from date in Edges.Dates from id in Edges.Ids select (ReasonSignal)new DisputeClosed(date, id),
        from date in Edges.Dates from proceeding in Edges.Of(InsolvencyProceeding.List.Append(null!).ToArray()) select (ReasonSignal)new InsolvencyNotice(date, proceeding),
        from date in Edges.Dates from outcome in Edges.Of(Enum.GetValues<SolvencyOutcome>().Append((SolvencyOutcome)99).ToArray()) select (ReasonSignal)new SolvencyEnquiry(date, outcome),
        from date in Edges.Dates select (ReasonSignal)new PromiseBroken(date),
        from date in Edges.Dates select (ReasonSignal)new ContactDataMissing(date));

    private static readonly Gen<ReasonContext?> Contexts = Edges.OrNull(
        from asOf in Edges.Dates
        from daysPastDue in Edges.Ints
        from chronic in ArbMap.Default.GeneratorFor<bool>()
        from overdue in Edges.OrNone(Edges.MostlyEuros)
        select new ReasonContext(asOf) { DaysPastDue = daysPastDue, ChronicallyLate = chronic, OverdueAmount = overdue });

    private static readonly Gen<EscalationLadder?> Ladders = Edges.Of<EscalationLadder?>(
        null, EscalationLadders.BusinessStandard, EscalationLadders.BusinessKeyAccount, EscalationLadders.ConsumerSmallAmount, EscalationLadders.ConsumerInstalmentCredit, EscalationLadders.PublicAuthority);

    private static readonly Gen<AccountStatement?> Statements =
        from debtor in AccountFuzz.Debtors
        from entries in AccountFuzz.EntryLists
        from asOf in Edges.Dates
        select Account.Create(debtor, entries) is { IsSuccess: true } account ? account.Value.AsOf(asOf) : null;

    [Fuzz]
    public Property A_case_replays_any_events_and_is_decided_on_any_statement()
        => Prop.ForAll(
            (from id in Edges.Texts
             from currency in Gen.Frequency((4, Gen.Constant<Currency?>(Currency.EUR)), (1, Edges.OrNull(Edges.Currencies)))
             from openedOn in Edges.Dates
             from events in Edges.Many(Edges.OrNull(Events))
             from invoiceIds in Edges.OrNull(Edges.Many(Edges.Texts))
             from statement in Statements
             from ladder in Ladders
             from reason in Edges.Of(UnpaidReason.List.Append(null!).ToArray())
             select (id, currency, openedOn, events, invoiceIds, statement, ladder, reason)).ToArbitrary(),
            input =>
            {
                var (id, currency, openedOn, events, invoiceIds, statement, ladder, reason) = input;
                var opened = Contract.Answers(() => CollectionCase.Create(id, statement?.Debtor.Id ?? id, currency, openedOn, events, invoiceIds));
                var collectionCase = opened.IsSuccess ? opened.Value : null;
                if (collectionCase is not null)
                {
                    _ = Contract.Answers(() => collectionCase.Record(events));
                }

                _ = Contract.Answers(() => CaseDecider.Default.Decide(collectionCase, statement, ladder, reason));
                _ = Contract.Answers(() => CaseDecider.Default.Decide(collectionCase, statement, ladder));
            });

    [Fuzz]
    public Property Reasons_are_classified_from_any_signals()
        => Prop.ForAll(
            (from signals in Edges.OrNull(Edges.Many(Edges.OrNull(Signals))) from context in Contexts select (signals, context)).ToArbitrary(),
            input =>
            {
                var (signals, context) = input;
                var classification = Contract.Answers(() => ReasonClassifier.Default.Classify(signals, context));
                if (classification.IsSuccess && context is not null)
                {
                    var opened = CollectionCase.Create("C-1", "D-1", Currency.EUR, context.AsOf).Value;
                    _ = Contract.Answers(() => CaseDecider.Default.Decide(opened, null, EscalationLadders.BusinessStandard, classification.Value));
                }
            });

    [Fuzz]
    public Property Policies_and_options_answer_any_numbers()
        => Prop.ForAll(Edges.Ints.ToArbitrary(), Edges.Ints.ToArbitrary(), Edges.Amounts.ToArbitrary(), (days, count, minimum) =>
        {
            _ = Contract.Answers(() => CaseDecider.Create(new CasePolicy
            {
                ClaimUrgentDays = days, ContactWindowDays = count, LimitationWarningDays = days, MaxContacts = count, OfferHorizonDays = days,
                PromiseGraceDays = count, ReviewIntervalDays = days, SurveyAfterContactDays = new Dictionary<StepChannel, int> { [StepChannel.Email] = count }, SurveyDelayDays = days, SurveyExpiryDays = count,
                AgencyMinimum = minimum, CourtMinimum = minimum,
            }));
            _ = Contract.Answers(() => ReasonClassifier.Create(new ReasonClassifierOptions
            {
                BrokenPromisesForRefusal = count, InsufficientFundsForProbableInsolvency = days, LookbackDays = days, OversightMaxDaysPastDue = count,
            }));
            _ = Contract.Tries(() => SepaReturnCode.TryParse(minimum.ToString(), out _) | BacsReturnCode.TryParse(count.ToString(System.Globalization.CultureInfo.InvariantCulture), out _));
        });
}
