using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using Recouvrement.Cli.CommandLine;
using Recouvrement.Cli.Output;
using Recouvrement.Cli.Portfolios;
using Spectre.Console;

namespace Recouvrement.Cli.Commands;

/// <summary><c>calendar</c>: a country's public holidays and business days for a year.</summary>
internal static class CalendarCommand
{
    internal static Command Create(CliConsole console)
    {
        var country = CliOptions.Law("country", "FR (default), FR-57 (Alsace-Moselle), GB (England and Wales), DE, BE, NL, ES, IT");
        var year = CliOptions.Integer("year", "The year (default 2026)", y => y is < 1800 or > 2199 ? "is outside 1800–2199, the years the calendars are checked for" : null);
        var format = CliOptions.Format("The calendar");
        var language = CliOptions.Language();
        var command = new Command("calendar", "Business days and public holidays of a country and year") { country, year, format, language };
        command.SetAction(parse => Write(
            console,
            (Scheduling.BusinessCalendar)(parse.GetValue(country) ?? CliOptions.Home).Calendar,
            parse.GetValue(year) ?? 2026,
            parse.GetValue(format),
            CliOptions.Culture(parse, language)));
        return command;
    }

    private static int Write(CliConsole console, Scheduling.BusinessCalendar calendar, int year, string? format, CultureInfo culture)
    {
        var holidays = calendar.HolidaysIn(year);
        var months = Enumerable.Range(1, 12)
            .Select(m => (Month: m, BusinessDays: BusinessDaysIn(calendar, new LocalDate(year, m, 1))))
            .ToList();
        if (format == "json")
        {
            console.Out.WriteLine(JsonSerializer.Serialize(
                new
                {
                    calendar = calendar.Name,
                    year,
                    holidays = holidays.Select(h => new { date = h.Date, name = h.Name }),
                    businessDays = months.Select(m => new { month = m.Month, days = m.BusinessDays }),
                },
                PortfolioFormat.Options));
            return ExitCodes.Success;
        }

        Screen.Render(console, screen =>
        {
            screen.Write(new Text(culture.Pick(
                $"{calendar.Name}, {year}: {holidays.Count} public holidays, {months.Sum(m => m.BusinessDays)} business days",
                $"{calendar.Name}, {year} : {holidays.Count} jours fériés, {months.Sum(m => m.BusinessDays)} jours ouvrés"), Screen.Heading));
            screen.WriteLine();
            var table = Screen.Table("Date", culture.Pick("Day", "Jour"), culture.Pick("Holiday", "Jour férié"));
            foreach (var holiday in holidays)
            {
                table.AddRow(Screen.Cell(holiday.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), Screen.Cell(holiday.Date.ToString("dddd", culture)), Screen.Cell(holiday.Name));
            }

            screen.Write(table);
            var days = Screen.Table(culture.Pick("Month", "Mois"), culture.Pick(" Business days", " Jours ouvrés"));
            foreach (var (month, businessDays) in months)
            {
                days.AddRow(Screen.Cell(new LocalDate(year, month, 1).ToString("MMMM", culture)), Screen.Cell(businessDays.ToString(culture)));
            }

            screen.Write(days);
        });
        return ExitCodes.Success;
    }

    private static int BusinessDaysIn(Scheduling.BusinessCalendar calendar, LocalDate first)
    {
        var count = 0;
        for (var day = first; day.Month == first.Month; day = day.PlusDays(1))
        {
            count += calendar.IsBusinessDay(day) ? 1 : 0;
        }

        return count;
    }
}
