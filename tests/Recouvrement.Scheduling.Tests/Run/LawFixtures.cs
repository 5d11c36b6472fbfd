using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Debtors;

namespace Recouvrement.Scheduling.Tests;

/// <summary>Debtors under each law, and the run that decides them under the shipped profiles.</summary>
internal static class LawFixtures
{
    internal static readonly CollectionRun Run = CollectionRun.Create(new CollectionRunOptions(JurisdictionProfiles.France.Ladders)
    {
        Jurisdictions = JurisdictionProfiles.Default,
        ContactHours = ContactHours.Default(BusinessCalendars.France),
    }).Value;

    internal static Debtor Debtor(string id, DebtorKind kind, string law) => new(id, $"{law} {kind.Name}", kind, law[..2])
    {
        GoverningLaw = law.Length > 2 ? law : null,
        Contacts = [new Contact("Payer", ContactRole.PaymentApprover)
        {
            Email = $"{id.ToLowerInvariant()}@example.com",
            Phone = "+00 1 23 45 67 89",
            Mobile = "+00 6 12 34 56 78",
            Address = new PostalAddress("1 Main Street", "1000", "Capital", law[..2]),
        }],
    };

    internal static PortfolioEntry Entry(string id, DebtorKind kind, string law, LocalDate due, decimal amount, params CaseEvent[] events)
    {
        var currency = JurisdictionProfiles.Default.Codes[law].Currency;
        var account = Account.Create(Debtor(id, kind, law), [new Invoice($"{id}-1", due.PlusDays(-30), due, new Money(amount, currency))]).Value;
        return new PortfolioEntry(account)
        {
            Cases = events.Length == 0 ? [] : [CollectionCase.Create($"K-{id}", id, currency, due, events).Value],
        };
    }
}
