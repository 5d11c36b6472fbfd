using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Debtors;
using Recouvrement.Escalation;
using Recouvrement.Jurisdictions;
using Snapshooter.Xunit;

using static Recouvrement.Scheduling.Tests.LawFixtures;

namespace Recouvrement.Scheduling.Tests;

/// <summary>The run deciding each debtor under its own law's profile.</summary>
public class JurisdictionRunTests
{
    private static readonly string[] Laws = ["FR", "FR-57", "DE", "GB", "BE", "NL", "ES", "IT", "AT"];

    [Fact]
    public void Each_law_decides_its_own_debtors_in_its_own_words_zone_and_holidays()
    {
        // Monday 4 May 2026: the early May bank holiday in England and Wales, a working day elsewhere.
        var runDate = new LocalDate(2026, 5, 4);
        var portfolio = Laws.SelectMany(law => DebtorKind.List.OrderBy(k => k.Value).Select(kind => Entry($"{law}-{kind.Name}", kind, law, new LocalDate(2026, 5, 1), 1_200m)));
        var text = new StringBuilder();
        foreach (var action in Run.Execute(portfolio, runDate))
        {
            text.Append(CultureInfo.InvariantCulture, $"{action.DebtorId,-24} {action.Segment,-30} {action.CaseAction?.Step?.Name ?? action.Kind.Name,-26} {action.Amount,14} {action.CaseAction?.Channel?.Name,-6}")
                .AppendLine(action.NotBefore?.ToString("uuuu-MM-dd HH:mm x '('z')'", CultureInfo.InvariantCulture));
        }

        Snapshot.Match(text.ToString());
    }

    [Fact]
    public void A_british_consumers_text_waits_for_the_end_of_the_bank_holiday_in_london_time()
    {
        var runDate = new LocalDate(2026, 5, 4);
        var actions = Run.Execute([Entry("G", DebtorKind.Consumer, "GB", new LocalDate(2026, 5, 1), 60m), Entry("F", DebtorKind.Consumer, "FR", new LocalDate(2026, 5, 1), 60m)], runDate).ToList();
        var british = Assert.Single(actions, a => a.DebtorId == "G" && a.Kind == RunActionKind.Case).NotBefore!.Value;
        var french = Assert.Single(actions, a => a.DebtorId == "F" && a.Kind == RunActionKind.Case).NotBefore!.Value;
        Assert.Equal((new LocalDateTime(2026, 5, 5, 8, 0), "Europe/London"), (british.LocalDateTime, british.Zone.Id));
        Assert.Equal((new LocalDateTime(2026, 5, 4, 8, 0), "Europe/Paris"), (french.LocalDateTime, french.Zone.Id));
    }

    [Fact]
    public void A_large_british_debt_goes_to_the_agency_on_a_threshold_in_pounds()
    {
        var entry = Entry("G-1", DebtorKind.Business, "GB", new LocalDate(2026, 1, 15), 20_000m,
            new StepTaken(new LocalDate(2026, 1, 16), "First reminder", StepKind.Reminder) { Channel = StepChannel.Email },
            new StepTaken(new LocalDate(2026, 1, 30), "Second reminder", StepKind.Reminder) { Channel = StepChannel.Email },
            new StepTaken(new LocalDate(2026, 2, 14), "Letter before action", StepKind.FormalNotice) { Channel = StepChannel.RegisteredLetter });
        var step = Assert.Single(Run.Execute([entry], new LocalDate(2026, 4, 15)), a => a.CaseAction?.Kind == CaseActionKind.TakeStep);
        Assert.Equal(("Debt collection agency", new Money(20_000m, Currency.GBP)), (step.CaseAction!.Step!.Name, step.Amount));
    }

    [Fact]
    public void A_debtor_whose_law_has_no_profile_is_a_problem_and_the_run_goes_on()
    {
        var actions = Run.Execute([Entry("U-1", DebtorKind.Business, "FR", new LocalDate(2026, 4, 1), 500m) with { Account = Account.Create(Debtor("U-1", DebtorKind.Business, "US"), [new Invoice("U-1-1", new LocalDate(2026, 3, 1), new LocalDate(2026, 4, 1), new Money(500m, Currency.EUR))]).Value }, Entry("F-1", DebtorKind.Business, "FR", new LocalDate(2026, 4, 1), 500m)], new LocalDate(2026, 4, 15)).ToList();
        var problem = Assert.Single(actions, a => a.Kind == RunActionKind.Problem);
        Assert.Equal("U-1", problem.DebtorId);
        Assert.StartsWith("debtor.Country = \"US\": has no jurisdiction profile", problem.Problem, StringComparison.Ordinal);
        Assert.Contains(actions, a => a.DebtorId == "F-1" && a.Kind == RunActionKind.Case);
    }

    [Fact]
    public void A_legal_deadline_ends_on_the_debtors_own_business_day()
    {
        // Eight days from Thursday 26 March 2026 end on Good Friday, 3 April: a business day in Paris, a holiday in Metz
        // (C. trav. L3134-13) followed by the weekend and Easter Monday, so the Alsatian debtor has until 7 April.
        var notice = new StepTaken(new LocalDate(2026, 3, 26), "Formal notice", StepKind.FormalNotice) { Channel = StepChannel.RegisteredLetter };
        var actions = Run.Execute([Entry("F", DebtorKind.Business, "FR", new LocalDate(2026, 2, 1), 900m, notice), Entry("A", DebtorKind.Business, "FR-57", new LocalDate(2026, 2, 1), 900m, notice)], new LocalDate(2026, 4, 4)).ToList();
        Assert.Equal("Collection agency", Assert.Single(actions, a => a.DebtorId == "F" && a.Kind == RunActionKind.Case).CaseAction!.Step!.Name);
        Assert.DoesNotContain(actions, a => a.DebtorId == "A" && a.Kind == RunActionKind.Case);
        Assert.Equal(new LocalDate(2026, 4, 7), LegalDeadline.InDays(notice.Date, 8, BusinessCalendars.FranceAlsaceMoselle).End);
    }

    [Property(MaxTest = 60)]
    public Property A_debtor_is_never_contacted_outside_its_own_window_or_on_its_own_holidays()
        => Prop.ForAll(
            Gen.Elements(JurisdictionProfiles.Default.Profiles.ToArray()).Zip(Gen.Choose(0, 729)).ToArbitrary(),
            pair =>
            {
                var (profile, offset) = pair;
                var runDate = new LocalDate(2026, 1, 1).PlusDays(offset);
                var entry = Entry("C", DebtorKind.Consumer, profile.Code, runDate.PlusDays(-3), 80m);
                var hours = ContactHours.Default(profile.Calendar);
                foreach (var action in Run.Execute([entry], runDate).Where(a => a.NotBefore is not null))
                {
                    var at = action.NotBefore!.Value;
                    Assert.Equal(profile.TimeZone, at.Zone);
                    Assert.True(hours.IsAllowed(action.CaseAction!.Channel!.Reaches!, at), $"{profile.Code} {at}");
                    Assert.False(profile.Calendar.IsPublicHoliday(at.Date), $"{profile.Code} {at} is a holiday");
                    Assert.True(at.ToInstant() >= runDate.AtStartOfDayInZone(profile.TimeZone).ToInstant());
                }
            });

    [Property(MaxTest = 80)]
    public Property Thresholds_are_always_compared_in_the_debts_own_currency()
        => Prop.ForAll(
            Gen.Elements(JurisdictionProfiles.Default.Profiles.ToArray())
                .Zip(Gen.Elements(DebtorKind.List.ToArray()))
                .Zip(Gen.Choose(1, 400).Zip(Gen.Choose(1, 50_000)))
                .ToArbitrary(),
            input =>
            {
                var ((profile, kind), (days, amount)) = input;
                var asOf = new LocalDate(2026, 9, 1);
                var entry = Entry("T", kind, profile.Code, asOf.PlusDays(-days), amount);
                var statement = entry.Account.AsOf(asOf);
                var ladder = profile.Ladders.Select(kind, statement.Overdue);
                var collectionCase = CollectionCase.Create("K", "T", profile.Currency, asOf.PlusDays(-days)).Value;
                var decided = CaseDecider.Default.Decide(new CaseDecisionRequest(collectionCase, statement, ladder));
                Assert.True(decided.IsSuccess, string.Join("; ", decided.ValidationErrors.Select(e => e.ErrorMessage)));
                var decision = decided.Value;
                Assert.False(decision.Skipped.Any(s => s.Cause == SkipCause.ThresholdInOtherCurrency), string.Join("; ", decision.Skipped));
            });
}
