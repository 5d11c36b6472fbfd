using System.Globalization;
using System.Text.Json;
using Recouvrement.Cli.Portfolios;
using Recouvrement.Plans;

namespace Recouvrement.Cli.Commands;

/// <summary><c>plan</c>: one plan in N instalments, or ranked proposals fitted to what the debtor can pay.</summary>
internal static class PlanCommand
{
    internal const string Usage = """
        Usage: recouvrement plan --amount <n> (--capacity <n> | --count <n>) [options]

        Options:
          --amount <n>            The debt to spread (decimal point: 2400.50)
          --currency <code>       ISO 4217 currency (default EUR)
          --capacity <n>          The most the debtor can pay per period, above 0: ranked proposals
          --count <n>             The number of instalments: one plan
          --frequency <f>         weekly, fortnightly, monthly (default), quarterly
          --date <yyyy-MM-dd>     The day the plan is agreed (default 2026-04-15, the demo date)
          --start <yyyy-MM-dd>    The first instalment (default 15 days after --date)
          --country <code>        Move instalments off weekends and holidays: FR, FR-57, GB, DE, BE, NL, ES, IT (default none)
          --format text|json      The schedule as text (default) or JSON
          --lang en|fr            The language of the schedule (default en)
        """;

    internal static int Execute(IReadOnlyList<string> args, CliConsole console)
    {
        var a = Arguments.Parse(args, ["amount", "currency", "capacity", "count", "frequency", "date", "start", "country", "format", "lang"], ["help"]);
        if (a.Has("help"))
        {
            console.Out.WriteLine(Usage);
            return ExitCodes.Success;
        }

        _ = a.Required("amount");
        var amount = a.Decimal("amount");
        var capacity = a.Decimal("capacity");
        if (capacity <= 0m)
        {
            a.Errors.Add($"--capacity \"{a.Text("capacity")}\" must be a positive amount: what the debtor can pay per period");
        }

        var count = a.Integer("count");
        if ((capacity is null) == (count is null) && !a.Errors.Any(e => e.StartsWith("--capacity", StringComparison.Ordinal) || e.StartsWith("--count", StringComparison.Ordinal)))
        {
            a.Errors.Add("give either --capacity or --count");
        }

        var frequency = PlanFrequency.FromName(a.Choice("frequency", "Monthly", "Weekly", "Fortnightly", "Monthly", "Quarterly"));
        var date = a.Date("date") ?? PenaltyCommand.DemoDate;
        var start = a.Date("start") ?? date.PlusDays(15);
        var calendar = a.Text("country") is null ? null : a.Law("country")?.Calendar;

        var currency = a.Currency("currency", "EUR");

        var format = a.Choice("format", "text", "text", "json");
        var culture = RunCommand.Culture(a);
        if (a.Errors.Count > 0 || amount is null || currency is null)
        {
            return console.Usage(a.Errors, Usage);
        }

        var request = new PlanRequest(new Money(amount.Value, currency), date, start, frequency)
        {
            Count = count,
            Capacity = capacity is { } c ? new Money(c, currency) : null,
            Calendar = calendar,
        };

        if (count is not null)
        {
            var plan = PaymentPlanCalculator.Calculate(request);
            return plan.IsSuccess
                ? Write(console, format, [(string.Empty, plan.Value)], plan.Value, culture)
                : console.Refused(plan.ValidationErrors);
        }

        var proposals = PlanProposals.For(request);
        return proposals.IsSuccess
            ? Write(console, format, proposals.Value.Select(p => ($"Proposal #{p.Rank} ({p.Kind}){(p.WithinCapacity ? string.Empty : ", above the declared capacity")}:", p.Plan)).ToList(), proposals.Value, culture)
            : console.Refused(proposals.ValidationErrors);
    }

    private static int Write(CliConsole console, string format, IReadOnlyList<(string Title, PaymentPlan Plan)> plans, object json, CultureInfo culture)
    {
        if (format == "json")
        {
            console.Out.WriteLine(JsonSerializer.Serialize(json, PortfolioFormat.Options));
            return ExitCodes.Success;
        }

        foreach (var (title, plan) in plans)
        {
            if (title.Length > 0)
            {
                console.Out.WriteLine(title);
            }

            console.Out.WriteLine(plan.Describe(culture));
            console.Out.WriteLine();
        }

        return ExitCodes.Success;
    }
}
