using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Recouvrement.Cli.Tests;

/// <summary>
/// The demo's day read as a credit manager would (issue 22): no penalties posted while the debtor may be right, the
/// reason driving the response, no debtor left in silence, deadlines that can be met.
/// </summary>
public class DemoJudgmentTests
{
    private static readonly JsonElement[] Actions = [.. JsonDocument.Parse(CliRun.Of("run", "--format", "json").Out).RootElement.GetProperty("actions").EnumerateArray()];

    private static IEnumerable<JsonElement> Of(string debtorId) => Actions.Where(a => a.GetProperty("debtorId").GetString() == debtorId);

    private static string? Text(JsonElement action, string name) => action.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static string[] Kinds(string debtorId, string? itemId = null)
        => [.. Of(debtorId).Where(a => itemId is null || Text(a, "itemId") == itemId).Select(a => Text(a, "caseAction") ?? Text(a, "kind")!)];

    [Theory]
    [InlineData("C-042", "F-102", "Dispute")]
    [InlineData("C-163", "F-5001", "Dispute")]
    [InlineData("A-502", "F-9101", "Dispute")]
    [InlineData("D-602", "R-2026-031", "Dispute")]
    [InlineData("C-171", "F-5120", "OurError")]
    [InlineData("C-270", "F-6700", "OurError")]
    [InlineData("C-190", "F-5300", "ReasonPause")]
    [InlineData("D-604", "R-2026-102", "ReasonPause")]
    [InlineData("C-204", "F-6001", "Plan")]
    public void No_penalty_is_posted_while_the_debtor_may_be_right_or_keeps_an_agreement(string debtorId, string itemId, string cause)
    {
        var held = Assert.Single(Of(debtorId), a => Text(a, "itemId") == itemId);
        Assert.Equal(("PenaltiesHeld", cause), (Text(held, "kind"), Text(held, "heldBy")));
    }

    [Fact]
    public void Our_own_error_is_corrected_and_nothing_is_sent_to_the_debtor()
    {
        var correct = Assert.Single(Of("C-171"), a => Text(a, "caseAction") == "ActOnReason");
        Assert.Equal(("CorrectAndResend", null), (Text(correct, "treatment"), Text(correct, "channel")));
    }

    [Fact]
    public void A_debtor_refusing_in_bad_faith_goes_to_the_formal_notice()
    {
        // G-701 has no postal address for the registered letter before action: the notice waits for it, with a task.
        var notice = Assert.Single(Of("G-701"), a => Text(a, "kind") == "Case");
        Assert.Equal(("RefusalOrBadFaith", "Letter before action"), (Text(notice, "reason"), Text(notice, "step")));
    }

    [Fact]
    public void A_failed_payment_gets_a_payment_link_before_any_reminder()
    {
        foreach (var debtorId in new[] { "P-322", "P-333", "D-605", "E-802" })
        {
            Assert.Equal("ActOnReason", Assert.Single(Of(debtorId), a => Text(a, "kind") == "Case").GetProperty("caseAction").GetString());
        }
    }

    [Fact]
    public void No_ladder_ends_in_silence()
    {
        // P-400, a consumer owing 1,890 EUR after a formal notice and broken promises: the small-claims procedure.
        Assert.Equal("Procédure simplifiée (petites créances)", Text(Assert.Single(Of("P-400"), a => Text(a, "kind") == "Case"), "step"));

        // C-118, in court since February, and P-422, proposed for a write-off, are followed up by a person.
        Assert.Equal("LadderComplete", Text(Assert.Single(Of("C-118"), a => Text(a, "kind") == "Case"), "review"));
        Assert.Equal("WriteOffProposed", Text(Assert.Single(Of("P-422"), a => Text(a, "kind") == "Case"), "review"));
    }

    [Fact]
    public void A_lapsed_proof_of_claim_deadline_asks_for_relief_from_foreclosure_with_the_itemised_claim()
    {
        var relief = Assert.Single(Of("C-150"), a => Text(a, "kind") == "Case");
        Assert.Equal(("SeekRelief", "2026-08-10"), (Text(relief, "caseAction"), Text(relief, "deadline")));
        Assert.True(relief.GetProperty("urgent").GetBoolean());
        var claim = relief.GetProperty("claim");
        Assert.Equal(5_280.91m, claim.GetProperty("total").GetProperty("amount").GetDecimal());
        Assert.Equal(140.91m, claim.GetProperty("interest").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public void Every_legal_deadline_of_a_busy_spring_falls_on_the_debtors_own_business_day()
    {
        // 30 April to 15 May 2026 holds 1, 8 and 14 May in France, 4 May in England: a deadline never ends on one of the
        // debtor's own holidays, nor on a weekend. A limitation period's last day is not moved: it warns on the safe side.
        var laws = Portfolios.PortfolioFile.Read("demo", Portfolios.PortfolioSource.Demo()).Portfolio!.Entries
            .ToDictionary(e => e.Account.Debtor.Id, e => Scheduling.JurisdictionProfiles.Default.Resolve(e.Account.Debtor).Value.Calendar);
        for (var day = new LocalDate(2026, 4, 30); day <= new LocalDate(2026, 5, 15); day = day.PlusDays(1))
        {
            var run = JsonDocument.Parse(CliRun.Of("run", "--format", "json", "--date", LocalDatePattern.Iso.Format(day)).Out).RootElement;
            foreach (var action in run.GetProperty("actions").EnumerateArray())
            {
                if (Text(action, "deadline") is { } deadline && Text(action, "review") != "LimitationNear")
                {
                    var calendar = laws[Text(action, "debtorId")!];
                    Assert.True(calendar.IsBusinessDay(LocalDatePattern.Iso.Parse(deadline).Value), $"{deadline} on {day}: {Text(action, "text")}");
                }
            }
        }
    }

    [Theory]
    [InlineData("D-601", "Zahlungserinnerung", "Email", null)]
    [InlineData("E-801", "Recordatorio de pago", "Email", null)]
    [InlineData("E-805", "Sollecito di pagamento", "Sms", "2026-04-15T08:00:00+02:00")]
    [InlineData("E-806", "Second rappel", "Email", null)]
    [InlineData("E-807", "Veertiendagenbrief (art. 6:96 lid 6 BW)", "RegisteredLetter", null)]
    [InlineData("E-808", "Recordatorio de pago", "Sms", "2026-04-15T08:00:00+02:00")]
    [InlineData("G-706", "Letter of claim (Pre-Action Protocol for Debt Claims)", "Letter", null)]
    [InlineData("G-707", "First reminder", "Sms", "2026-04-15T08:00:00+01:00")]
    public void A_debtor_abroad_gets_its_own_laws_step_in_its_own_words_and_time_zone(string debtorId, string step, string channel, string? notBefore)
    {
        // Belgium: the free first reminder gives fourteen days before the second; the Netherlands: the fourteen-day letter;
        // England: the Pre-Action Protocol's letter of claim, by post, 30 days; a text at 08:00 in London is 09:00 in Paris.
        var action = Assert.Single(Of(debtorId), a => Text(a, "caseAction") == "TakeStep");
        Assert.Equal((step, channel, notBefore), (Text(action, "step"), Text(action, "channel"), Text(action, "notBefore")));
    }

    [Fact]
    public void The_law_of_each_debtor_prices_its_lateness()
    {
        // R2192-31 for a French public buyer; the WIK scale once a Dutch consumer's fourteen-day letter went unanswered.
        var publicBuyer = Assert.Single(Of("A-501"), a => Text(a, "kind") == "PostInterest" && Text(a, "itemId") == "F-9001");
        Assert.Equal(231.03m, publicBuyer.GetProperty("amount").GetProperty("amount").GetDecimal());
        var costs = Assert.Single(Of("E-809"), a => Text(a, "kind") == "PostCollectionCosts");
        Assert.Equal(129m, costs.GetProperty("amount").GetProperty("amount").GetDecimal());
        Assert.DoesNotContain(Of("G-705").Concat(Of("G-706")), a => Text(a, "kind") is "PostInterest" or "PostCompensation");
    }

    [Fact]
    public void A_claim_near_its_limitation_goes_to_a_person_with_its_last_day()
    {
        var warning = Assert.Single(Of("P-433"), a => Text(a, "rule") == "limitation");
        Assert.Equal(("LimitationNear", "2026-06-10"), (Text(warning, "review"), Text(warning, "deadline")));
        Assert.Contains("L218-2", Text(warning, "limitation"), StringComparison.Ordinal);
    }
}
