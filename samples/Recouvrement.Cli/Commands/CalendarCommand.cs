using System.CommandLine;
using System.Text.Json;
using NodaTime;
using Recouvrement.Cli.CommandLine;
using Recouvrement.Cli.Portfolios;

namespace Recouvrement.Cli.Commands;

/// <summary><c>calendar</c>: a country's public holidays and business days for a year.</summary>
internal static class CalendarCommand
{
    internal static Command Create(CliConsole console)
    {
        var country = CliOptions.Law("country", "FR (default), FR-57 (Alsace-Moselle), GB (England and Wales), DE, BE, NL, ES, IT");
        var year = CliOptions.Integer("year", "The year (default 2026)", y => y is < 1800 or > 2199 ? "is outside 1800–2199, the years the calendars are checked for" : null);
        var format = CliOptions.Format("The calendar");
        var command = new Command("calendar", "Business days and public holidays of a country and year") { country, year, format };
        command.SetAction(parse => Write(
            console,
            (Scheduling.BusinessCalendar)(parse.GetValue(country) ?? CliOptions.Home).Calendar,
            parse.GetValue(year) ?? 2026,
            parse.GetValue(format)));
        return command;
    }

    private static int Write(CliConsole console, Scheduling.BusinessCalendar calendar, int year, string? format)
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

        console.Out.WriteLine($"{calendar.Name}, {year}: {holidays.Count} public holidays, {months.Sum(m => m.BusinessDays)} business days");
        console.Out.WriteLine();
        var table = new Output.TextTable("Date", "Day", "Holiday");
        foreach (var holiday in holidays)
        {
            table.Add(holiday.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), holiday.Date.DayOfWeek.ToString(), holiday.Name);
        }

        table.WriteTo(console.Out);
        console.Out.WriteLine();
        var days = new Output.TextTable("Month", " Business days");
        foreach (var (month, businessDays) in months)
        {
            days.Add(new LocalDate(year, month, 1).ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture), businessDays.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        days.WriteTo(console.Out);
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
