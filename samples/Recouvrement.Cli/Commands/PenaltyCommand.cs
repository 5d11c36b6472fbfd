using System.Globalization;
using System.Text.Json;
using Ardalis.Result;
using NodaTime;
using NodaTime.Text;
using Recouvrement.Cli.Portfolios;
using Recouvrement.Debtors;
using Recouvrement.Penalties;

namespace Recouvrement.Cli.Commands;

/// <summary><c>penalty</c>: late-payment interest and compensation on one invoice, with the breakdown a letter quotes.</summary>
internal static class PenaltyCommand
{
    internal const string Usage = """
        Usage: recouvrement penalty --amount <n> --due <yyyy-MM-dd> [options]

        Options:
          --invoice <id>           The invoice's number, as the letter quotes it (default F-1)
          --amount <n>             The invoice amount, tax included (decimal point: 1200.50)
          --currency <code>        ISO 4217 currency (default: the law's, GBP in England and Wales)
          --due <yyyy-MM-dd>       The due date
          --as-of <yyyy-MM-dd>     The day interest runs to (default 2026-04-15, the demo date)
          --law <code>             The debtor's law: FR (default), FR-57, DE, GB, BE, NL, ES, IT, or another
                                   euro-area country (the EU directive's floor); its rule for the debtor's kind applies
          --rule <name>            A rule instead of the law's: france-business, france-consumer, germany, uk, eu
          --debtor <kind>          business (default), consumer, public-authority
          --payments <list>        Partial payments: 2025-03-01=200,2025-06-01=300.50
          --formal-notice <date>   The formal notice (mise en demeure), from which consumer interest runs
          --format text|json       The breakdown as text (default) or JSON
          --lang en|fr             The language of the breakdown (default en)
        """;

    internal static readonly LocalDate DemoDate = new(2026, 4, 15);

    /// <summary>The rules <c>--rule</c> names, to compute under a rule other than the law's.</summary>
    private static readonly Dictionary<string, Func<LatePaymentRule>> Rules = new(StringComparer.Ordinal)
    {
        ["france-business"] = () => LatePaymentRule.FranceBusiness(),
        ["france-consumer"] = () => LatePaymentRule.FranceConsumer(),
        ["germany"] = () => LatePaymentRule.Germany(),
        ["uk"] = () => LatePaymentRule.UnitedKingdom(),
        ["eu"] = () => LatePaymentRule.EuDirective(),
    };

    internal static int Execute(IReadOnlyList<string> args, CliConsole console)
    {
        var a = Arguments.Parse(args, ["invoice", "amount", "currency", "due", "as-of", "law", "rule", "debtor", "payments", "formal-notice", "format", "lang"], ["help"]);
        if (a.Has("help"))
        {
            console.Out.WriteLine(Usage);
            return ExitCodes.Success;
        }

        var amount = a.Decimal("amount");
        var due = a.Date("due");
        _ = a.Required("amount");
        _ = a.Required("due");
        var asOf = a.Date("as-of") ?? DemoDate;
        var kind = a.Choice("debtor", "business", "business", "consumer", "public-authority") switch
        {
            "consumer" => DebtorKind.Consumer,
            "public-authority" => DebtorKind.PublicAuthority,
            _ => DebtorKind.Business,
        };
        var law = a.Law("law");
        var named = a.Text("rule") is null ? null : a.Choice("rule", "france-business", [.. Rules.Keys]);
        var rule = named is null ? law?.RuleFor(kind) : Rules[named]();

        var currency = a.Currency("currency", named == "uk" ? "GBP" : law?.Currency.Code ?? "EUR");

        var payments = Payments(a, currency ?? Currency.EUR);
        var format = a.Choice("format", "text", "text", "json");
        var culture = RunCommand.Culture(a);
        if (a.Errors.Count > 0 || amount is null || due is null || currency is null || law is null)
        {
            return console.Usage(a.Errors, Usage);
        }

        if (rule is null)
        {
            return console.Refused([new ValidationError { Identifier = "law", ErrorMessage = $"--law {law.Code}: {law.Name} gives no statutory late-payment interest to a {kind.Name.ToLowerInvariant()} debtor" }]);
        }

        var invoice = new LateInvoice(a.Text("invoice") ?? "F-1", new Money(amount.Value, currency), due.Value)
        {
            Settlements = payments,
            FormalNoticeDate = a.Date("formal-notice"),
        };
        var breakdown = PenaltyCalculator.Calculate(invoice, kind, rule, asOf);
        if (!breakdown.IsSuccess)
        {
            return console.Refused(breakdown.ValidationErrors);
        }

        if (format == "json")
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

    private static Settlement[] Payments(Arguments a, Currency currency)
    {
        var settlements = new List<Settlement>();
        foreach (var part in (a.Text("payments") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=');
            var date = pair.Length == 2 ? LocalDatePattern.Iso.Parse(pair[0]) : null;
            if (date is not { Success: true } || !decimal.TryParse(pair[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var paid))
            {
                a.Errors.Add($"--payments \"{part}\" is not date=amount (2025-03-01=200)");
                continue;
            }

            settlements.Add(new Settlement(date.Value, new Money(paid, currency)));
        }

        return [.. settlements];
    }
}
