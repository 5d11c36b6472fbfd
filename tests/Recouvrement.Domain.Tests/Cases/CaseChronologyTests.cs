using System.Globalization;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Escalation;
using Snapshooter.Xunit;
using static Recouvrement.Domain.Tests.AccountFixtures;
using static Recouvrement.Domain.Tests.CaseFixtures;

namespace Recouvrement.Domain.Tests;

public class CaseChronologyTests
{
    /// <summary>
    /// 120 days of a business case: a dispute over a missing purchase order pauses INV-1 for ten days, the debtor breaks a
    /// promise, the formal notice goes out and the file goes to an agency (approved); before the small-claims procedure the
    /// debtor pays in two goes, the case closes and a survey follows.
    /// </summary>
    [Fact]
    public void A_hundred_and_twenty_days_with_a_dispute_a_broken_promise_and_a_formal_notice()
    {
        var account = Valid(Account.Create(
            ReachableAccount.Debtor,
            [.. ReachableAccount.Entries, Payment("PAY-1", D(3, 20), 1_000m), Payment("PAY-2", D(5, 5), 3_250.25m)]));
        var script = new Dictionary<LocalDate, CaseEvent[]>
        {
            [D(1, 26)] =
            [
                new ContactLogged(D(1, 26), inbound: true) { Channel = StepChannel.CallTask, Note = "the purchase order number is missing on INV-1" },
                new DisputeRaised(D(1, 26), "INV-1", "purchase order number missing"),
            ],
            [D(2, 5)] = [new DisputeResolved(D(2, 5), "INV-1") { Note = "corrected invoice sent" }],
            [D(2, 6)] = [new PromiseMade(D(2, 6), D(2, 20), Eur(1_000m)) { Channel = StepChannel.CallTask }],
            [D(3, 20)] = [new PaymentReceived(D(3, 20), Eur(1_000m))],
            [D(5, 5)] = [new PaymentReceived(D(5, 5), Eur(3_250.25m))],
        };

        var (final, decisions) = CaseSimulation.Run(Case(), account, Ladder, 120, day => script.TryGetValue(day, out var events) ? events : []);

        var log = decisions.Where(d => d.Actions.Count > 0 || d.Skipped.Count > 0).Select(d => d.Describe(CultureInfo.InvariantCulture));
        Assert.Equal(CaseState.ClosedPaid, final.State);
        Snapshot.Match(string.Join("\n\n", final.Describe(CultureInfo.InvariantCulture), final.Describe(new CultureInfo("fr-FR")), string.Join("\n", log)));
    }
}
