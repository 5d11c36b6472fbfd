using NodaTime;
using NodaTime.Text;

namespace Recouvrement.Scheduling.Tests;

/// <summary>
/// Each shipped calendar's public holidays of 2026 and 2027, against the official lists: Belgium (SPF Emploi, arrêté royal
/// du 18 avril 1974), the Netherlands (rijksoverheid.nl, "Feestdagen"), Spain (BOE-A-2025-21667 for 2026; the national
/// holidays of the Estatuto de los Trabajadores art. 37.2 for 2027), Italy (L. 260/1949, L. 151/2025 for 4 October),
/// Germany (the nine national holidays), England and Wales (gov.uk/bank-holidays, with the substitute days) and
/// Alsace-Moselle (C. trav. L3134-13).
/// </summary>
public class NationalCalendarTests
{
    public static TheoryData<string, int, string> Lists() => new()
    {
        { "Belgium", 2026, "01-01 04-06 05-01 05-14 05-25 07-21 08-15 11-01 11-11 12-25" },
        { "Belgium", 2027, "01-01 03-29 05-01 05-06 05-17 07-21 08-15 11-01 11-11 12-25" },
        { "Netherlands", 2026, "01-01 04-06 04-27 05-14 05-25 12-25 12-26" },
        { "Netherlands", 2027, "01-01 03-29 04-27 05-06 05-17 12-25 12-26" },
        { "Spain", 2026, "01-01 01-06 04-03 05-01 08-15 10-12 11-01 12-06 12-08 12-25" },
        { "Spain", 2027, "01-01 01-06 03-26 05-01 08-15 10-12 11-01 12-06 12-08 12-25" },
        { "Italy", 2026, "01-01 01-06 04-06 04-25 05-01 06-02 08-15 10-04 11-01 12-08 12-25 12-26" },
        { "Italy", 2027, "01-01 01-06 03-29 04-25 05-01 06-02 08-15 10-04 11-01 12-08 12-25 12-26" },
        { "Germany", 2026, "01-01 04-03 04-06 05-01 05-14 05-25 10-03 12-25 12-26" },
        { "Germany", 2027, "01-01 03-26 03-29 05-01 05-06 05-17 10-03 12-25 12-26" },
        { "England and Wales", 2026, "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28" },
        { "England and Wales", 2027, "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28" },
        { "France, Alsace-Moselle", 2026, "01-01 04-03 04-06 05-01 05-08 05-14 05-25 07-14 08-15 11-01 11-11 12-25 12-26" },
        { "France, Alsace-Moselle", 2027, "01-01 03-26 03-29 05-01 05-08 05-06 05-17 07-14 08-15 11-01 11-11 12-25 12-26" },
    };

    private static BusinessCalendar Named(string name) => name switch
    {
        "Belgium" => BusinessCalendars.Belgium,
        "Netherlands" => BusinessCalendars.Netherlands,
        "Spain" => BusinessCalendars.Spain,
        "Italy" => BusinessCalendars.Italy,
        "Germany" => BusinessCalendars.Germany,
        "England and Wales" => BusinessCalendars.EnglandAndWales,
        _ => BusinessCalendars.FranceAlsaceMoselle,
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void The_public_holidays_are_the_official_ones(string calendar, int year, string days)
    {
        var expected = days.Split(' ').Select(d => LocalDatePattern.Iso.Parse($"{year}-{d}").Value).Order();
        var observed = Named(calendar).HolidaysIn(year).Select(h => h.Date).Distinct().Order();
        Assert.Equal(expected, observed);
    }

    [Fact]
    public void Dutch_liberation_day_is_a_day_off_in_lustrum_years_only()
    {
        Assert.True(BusinessCalendars.Netherlands.IsPublicHoliday(new LocalDate(2025, 5, 5)));
        Assert.True(BusinessCalendars.Netherlands.IsBusinessDay(new LocalDate(2026, 5, 5)));
        Assert.False(BusinessCalendars.Netherlands.IsBusinessDay(new LocalDate(2030, 5, 6).PlusDays(-1)));
    }
}
