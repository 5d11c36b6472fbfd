using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Jurisdictions;
using Recouvrement.Scheduling;

namespace Recouvrement.Docs.Tests;

/// <summary>The samples of docs/jurisdictions.md.</summary>
public class JurisdictionsPage
{
    [Fact]
    public void A_debtors_law_and_a_profile_the_host_adapts()
    {
        var debtor = new Debtor("C-9", "Wiener Werkstätten GmbH", DebtorKind.Business, "AT");

        // begin-snippet: jurisdictions
        // The directive's floor for Austria, with a holiday and the limitation period of its own law.
        var austria = JurisdictionProfiles.Default.Codes["AT"] with
        {
            Calendar = BusinessCalendars.WeekendsOnly.With([new Holiday(new LocalDate(2026, 10, 26), "Nationalfeiertag")]),
            Limitation = new Dictionary<DebtorKind, LimitationPeriod> { [DebtorKind.Business] = new(Period.FromYears(3), "ABGB § 1486") },
        };
        var laws = JurisdictionProfiles.Default.With(austria).Value;   // a new registry; the default is unchanged

        var law = laws.Resolve(debtor).Value;                // the contract's GoverningLaw, else the debtor's country
        var rule = law.RuleFor(debtor.Kind);                 // EU late payment directive, reference rate + 8 points
        var lastDay = law.LimitationFor(debtor.Kind)!.LastDay(new LocalDate(2026, 3, 31));   // 2029-03-31
        // end-snippet

        Assert.Equal(("EU late payment directive, reference rate + 8 points", new LocalDate(2029, 3, 31)), (rule!.Name, lastDay));
        Assert.True(law.Calendar.IsPublicHoliday(new LocalDate(2026, 10, 26)));
        Assert.Null(JurisdictionProfiles.Default.Codes["AT"].LimitationFor(DebtorKind.Business));
    }
}
