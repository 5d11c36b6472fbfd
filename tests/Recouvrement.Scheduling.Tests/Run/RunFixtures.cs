using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Debtors;
using Recouvrement.Escalation;
using Recouvrement.Penalties;
using Recouvrement.Reasons;

namespace Recouvrement.Scheduling.Tests;

internal static class RunFixtures
{
    internal static readonly LocalDate RunDate = new(2026, 3, 16);

    internal static LocalDate D(int month, int day) => new(2026, month, day);

    internal static Money Eur(decimal amount) => new(amount, Currency.EUR);

    internal static Debtor Debtor(string id, DebtorKind kind) => new(id, "Debtor " + id, kind, "FR")
    {
        Contacts = [new Contact("Payer", ContactRole.PaymentApprover)
        {
            Email = $"{id.ToLowerInvariant()}@example.com",
            Mobile = "+33 6 12 34 56 78",
            Address = new PostalAddress("1 rue de la Paix", "75002", "Paris", "FR"),
        }],
    };

    internal static Account Account(string id, DebtorKind kind, params AccountEntry[] entries) => Recouvrement.Accounts.Account.Create(Debtor(id, kind), entries).Value;

    internal static Invoice Invoice(string id, LocalDate due, decimal amount) => new(id, due.PlusDays(-30), due, Eur(amount));

    internal static LadderSelection Ladders { get; } = LadderSelection.Create(
        EscalationLadders.BusinessStandard,
        [new LadderSegment(EscalationLadders.ConsumerSmallAmount) { DebtorKind = DebtorKind.Consumer }]).Value;

    internal static CollectionRun Run(Func<CollectionRunOptions, CollectionRunOptions>? configure = null)
    {
        var options = new CollectionRunOptions(Ladders) { PenaltyRuleFor = d => d.Kind == DebtorKind.Consumer ? null : LatePaymentRule.FranceBusiness() };
        return CollectionRun.Create(configure is null ? options : configure(options)).Value;
    }

    /// <summary>Six debtors: a new late business, a consumer, a dispute, a promise, a paid account, an insolvency.</summary>
    internal static PortfolioEntry[] Portfolio()
    {
        var disputed = Account("D-3", DebtorKind.Business, Invoice("C-1", D(2, 1), 800m), Invoice("C-2", D(2, 20), 1_200m));
        var promised = Account("D-4", DebtorKind.Business, Invoice("P-1", D(1, 31), 2_000m));
        var insolvent = Account("D-6", DebtorKind.Business, Invoice("L-1", D(1, 15), 9_000m));
        return
        [
            new PortfolioEntry(Account("D-1", DebtorKind.Business, Invoice("A-1", D(3, 1), 1_500m), Invoice("A-2", D(4, 15), 700m))),
            new PortfolioEntry(Account("D-2", DebtorKind.Consumer, Invoice("B-1", D(3, 13), 45.90m))),
            new PortfolioEntry(disputed)
            {
                Cases = [CollectionCase.Create("K-3", "D-3", Currency.EUR, D(2, 1), [new DisputeRaised(D(2, 10), "C-1", "damaged goods")]).Value],
                Signals = [new Reasons.DisputeOpened(D(2, 10), "DSP-1", UnpaidReason.ProductDefect) { ItemIds = ["C-1"] }],
            },
            new PortfolioEntry(promised)
            {
                Cases = [CollectionCase.Create("K-4", "D-4", Currency.EUR, D(1, 31), [
                    new StepTaken(D(2, 1), "First reminder", StepKind.Reminder) { Channel = StepChannel.Email },
                    new PromiseMade(D(2, 5), D(3, 10), Eur(2_000m)),
                ]).Value],
            },
            new PortfolioEntry(Account("D-5", DebtorKind.Business, Invoice("E-1", D(2, 1), 300m), new Payment("PAY-5", D(2, 20), Eur(300m)))),
            new PortfolioEntry(insolvent)
            {
                Cases = [CollectionCase.Create("K-6", "D-6", Currency.EUR, D(1, 15), [new InsolvencyOpened(D(3, 2), new InsolvencyNotice(D(2, 27), InsolvencyProceeding.Reorganisation))]).Value],
            },
        ];
    }
}
