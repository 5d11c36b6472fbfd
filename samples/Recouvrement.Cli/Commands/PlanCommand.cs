using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Recouvrement.Cli.CommandLine;
using Recouvrement.Cli.Output;
using Recouvrement.Cli.Portfolios;
using Recouvrement.Plans;

namespace Recouvrement.Cli.Commands;

/// <summary><c>plan</c>: one plan in N instalments, or ranked proposals fitted to what the debtor can pay.</summary>
internal static class PlanCommand
{
    internal static Command Create(CliConsole console)
    {
        var amount = CliOptions.Decimal("amount", "The debt to spread (decimal point: 2400.50)");
        amount.Required = true;
        var currency = CliOptions.Currency("currency", "ISO 4217 currency (default EUR)");
        var capacity = CliOptions.Decimal("capacity", "The most the debtor can pay per period, above 0: ranked proposals", c => c <= 0m ? "must be a positive amount: what the debtor can pay per period" : null);
        var count = CliOptions.Integer("count", "The number of instalments: one plan");
        var frequency = CliOptions.Choice("frequency", "How often an instalment falls (default monthly)", "monthly", "weekly", "fortnightly", "quarterly");
        var date = CliOptions.Date("date", "The day the plan is agreed (default 2026-04-15, the demo date)");
        var start = CliOptions.Date("start", "The first instalment (default 15 days after --date)");
        var country = CliOptions.Law("country", "Move instalments off weekends and holidays: FR, FR-57, GB, DE, BE, NL, ES, IT (default none)");
        var format = CliOptions.Format("The schedule");
        var language = CliOptions.Language();
        var command = new Command("plan", "Payment plan proposals for a debt and a capacity, or one plan in a count of instalments")
        {
            amount, currency, capacity, count, frequency, date, start, country, format, language,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetResult(capacity) is null) == (result.GetResult(count) is null))
            {
                result.AddError("give either --capacity or --count");
            }
        });
        command.SetAction(parse =>
        {
            var money = parse.GetValue(currency) ?? Currency.EUR;
            var agreed = parse.GetValue(date) ?? CliOptions.DemoDate;
            var request = new PlanRequest(new Money(parse.GetValue(amount)!.Value, money), agreed, parse.GetValue(start) ?? agreed.PlusDays(15), PlanFrequency.FromName(parse.GetValue(frequency)!, ignoreCase: true))
            {
                Count = parse.GetValue(count),
                Capacity = parse.GetValue(capacity) is { } c ? new Money(c, money) : null,
                Calendar = parse.GetValue(country)?.Calendar,
            };
            return Propose(console, request, parse.GetValue(format) == "json", CliOptions.Culture(parse, language));
        });
        return command;
    }

    private static int Propose(CliConsole console, PlanRequest request, bool json, CultureInfo culture)
    {
        if (request.Count is not null)
        {
            var plan = PaymentPlanCalculator.Calculate(request);
            return plan.IsSuccess
                ? Write(console, json, [(string.Empty, plan.Value)], plan.Value, culture)
                : console.Refused(plan.ValidationErrors);
        }

        var proposals = PlanProposals.For(request);
        return proposals.IsSuccess
            ? Write(console, json, proposals.Value.Select(p => (Title(p, culture), p.Plan)).ToList(), proposals.Value, culture)
            : console.Refused(proposals.ValidationErrors);
    }

    private static string Title(PlanProposal proposal, CultureInfo culture)
        => culture.Pick(
            $"Proposal #{proposal.Rank} ({culture.Label(proposal.Kind)}){(proposal.WithinCapacity ? string.Empty : ", above the declared capacity")}:",
            $"Proposition n° {proposal.Rank} ({culture.Label(proposal.Kind)}){(proposal.WithinCapacity ? string.Empty : ", au-delà de la capacité déclarée")} :");

    private static int Write(CliConsole console, bool json, IReadOnlyList<(string Title, PaymentPlan Plan)> plans, object document, CultureInfo culture)
    {
        if (json)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(document, PortfolioFormat.Options));
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
