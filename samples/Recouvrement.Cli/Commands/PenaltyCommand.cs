using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using Ardalis.Result;
using NodaTime;
using NodaTime.Text;
using Recouvrement.Cli.CommandLine;
using Recouvrement.Cli.Portfolios;
using Recouvrement.Jurisdictions;
using Recouvrement.Debtors;
using Recouvrement.Penalties;

namespace Recouvrement.Cli.Commands;

/// <summary><c>penalty</c>: late-payment interest and compensation on one invoice, with the breakdown a letter quotes.</summary>
internal static class PenaltyCommand
{
    /// <summary>The rules <c>--rule</c> names, to compute under a rule other than the law's.</summary>
    private static readonly Dictionary<string, Func<LatePaymentRule>> Rules = new(StringComparer.Ordinal)
    {
        ["france-business"] = () => LatePaymentRule.FranceBusiness(),
        ["france-consumer"] = () => LatePaymentRule.FranceConsumer(),
        ["germany"] = () => LatePaymentRule.Germany(),
        ["uk"] = () => LatePaymentRule.UnitedKingdom(),
        ["eu"] = () => LatePaymentRule.EuDirective(),
    };

    internal static Command Create(CliConsole console)
    {
        var invoiceId = CliOptions.Text("invoice", "The invoice's number, as the letter quotes it (default F-1)", "id");
        var amount = CliOptions.Decimal("amount", "The invoice amount, tax included (decimal point: 1200.50)");
        amount.Required = true;
        var currency = CliOptions.Currency("currency", "ISO 4217 currency (default: the law's, GBP in England and Wales)");
        var due = CliOptions.Date("due", "The due date");
        due.Required = true;
        var asOf = CliOptions.Date("as-of", "The day interest runs to (default 2026-04-15, the demo date)");
        var law = CliOptions.Law("law", "The debtor's law: FR (default), FR-57, DE, GB, BE, NL, ES, IT, or another euro-area country (the EU directive's floor); its rule for the debtor's kind applies");
        var ruleName = new Option<string?>("--rule") { Description = "A rule instead of the law's", HelpName = "name" };
        ruleName.AcceptOnlyFromAmong([.. Rules.Keys]);
        var debtor = CliOptions.Choice("debtor", "The debtor's kind (default business)", "business", "consumer", "public-authority");
        var payments = new Option<(LocalDate Date, decimal Amount)[]>("--payments")
        {
            Description = "Partial payments: 2025-03-01=200,2025-06-01=300.50",
            HelpName = "list",
            CustomParser = Payments,
        };
        var formalNotice = CliOptions.Date("formal-notice", "The formal notice (mise en demeure), from which consumer interest runs");
        var format = CliOptions.Format("The breakdown");
        var language = CliOptions.Language();
        var command = new Command("penalty", "Late-payment interest and compensation on one invoice, with the breakdown a letter quotes")
        {
            invoiceId, amount, currency, due, asOf, law, ruleName, debtor, payments, formalNotice, format, language,
        };
        command.SetAction(parse =>
        {
            var kind = DebtorKind.FromName(parse.GetValue(debtor)!.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
            var jurisdiction = parse.GetValue(law) ?? CliOptions.Home;
            var named = parse.GetValue(ruleName);
            var rule = named is null ? jurisdiction.RuleFor(kind) : Rules[named]();
            var money = parse.GetValue(currency) ?? (named == "uk" ? Currency.GBP : jurisdiction.Currency);
            var invoice = new LateInvoice(parse.GetValue(invoiceId) ?? "F-1", new Money(parse.GetValue(amount)!.Value, money), parse.GetValue(due)!.Value)
            {
                Settlements = [.. (parse.GetValue(payments) ?? []).Select(p => new Settlement(p.Date, new Money(p.Amount, money)))],
                FormalNoticeDate = parse.GetValue(formalNotice),
            };
            return Explain(console, invoice, kind, jurisdiction, rule, parse.GetValue(asOf) ?? CliOptions.DemoDate, parse.GetValue(format) == "json", CliOptions.Culture(parse, language));
        });
        return command;
    }

    private static int Explain(CliConsole console, LateInvoice invoice, DebtorKind kind, Jurisdiction law, LatePaymentRule? rule, LocalDate asOf, bool json, CultureInfo culture)
    {
        if (rule is null)
        {
            return console.Refused([new ValidationError { Identifier = "law", ErrorMessage = $"--law {law.Code}: {law.Name} gives no statutory late-payment interest to a {kind.Name.ToLowerInvariant()} debtor" }]);
        }

        var breakdown = PenaltyCalculator.Calculate(invoice, kind, rule, asOf);
        if (!breakdown.IsSuccess)
        {
            return console.Refused(breakdown.ValidationErrors);
        }

        if (json)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(
                new
                {
                    rule = breakdown.Value.Rule.Name,
                    legalSource = breakdown.Value.Rule.LegalSource,
                    interest = breakdown.Value.Interest,
                    compensation = breakdown.Value.Compensation,
                    text = breakdown.Value.Describe(culture),
                },
                PortfolioFormat.Options));
        }
        else
        {
            console.Out.WriteLine(breakdown.Value.Describe(culture));
        }

        return ExitCodes.Success;
    }

    /// <summary>Reads <c>date=amount,…</c>; the amounts are in the invoice's currency, known once every option is read.</summary>
    private static (LocalDate Date, decimal Amount)[] Payments(ArgumentResult result)
    {
        var settlements = new List<(LocalDate, decimal)>();
        foreach (var part in result.Tokens[0].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=');
            var date = pair.Length == 2 ? LocalDatePattern.Iso.Parse(pair[0]) : null;
            if (date is not { Success: true } || !decimal.TryParse(pair[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var paid))
            {
                result.AddError($"--payments \"{part}\" is not date=amount (2025-03-01=200)");
                continue;
            }

            settlements.Add((date.Value, paid));
        }

        return [.. settlements];
    }
}
