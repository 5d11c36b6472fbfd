using System.Text.Json;
using NodaTime;
using Recouvrement.Cli.Portfolios;

namespace Recouvrement.Cli.Commands;

/// <summary><c>calendar</c>: a country's public holidays and business days for a year.</summary>
internal static class CalendarCommand
{
    internal const string Usage = """
        Usage: recouvrement calendar [--country <code>] [--year <n>] [--format text|json]

        Options:
          --country <code>     FR (default), FR-57 (Alsace-Moselle), GB (England and Wales), DE, BE, NL, ES, IT
          --year <n>           The year (default 2026)
          --format text|json   A table (default) or JSON
        """;

    internal static int Execute(IReadOnlyList<string> args, CliConsole console)
    {
        var a = Arguments.Parse(args, ["country", "year", "format"], ["help"]);
        if (a.Has("help"))
        {
            console.Out.WriteLine(Usage);
            return ExitCodes.Success;
        }

        var calendar = a.Law("country")?.Calendar as Scheduling.BusinessCalendar;

        var year = a.Integer("year") ?? 2026;
        if (year is < 1800 or > 2199)
        {
            a.Errors.Add($"--year {year} is outside 1800–2199, the years the calendars are checked for");
        }

        var format = a.Choice("format", "text", "text", "json");
        if (a.Errors.Count > 0 || calendar is null)
        {
            return console.Usage(a.Errors, Usage);
        }

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
