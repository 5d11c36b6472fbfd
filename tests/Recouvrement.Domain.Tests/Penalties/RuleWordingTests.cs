using System.Globalization;
using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Penalties;
using Snapshooter;
using Snapshooter.Xunit;

namespace Recouvrement.Domain.Tests;

/// <summary>
/// Each built-in late-payment rule as a collector reads it: the breakdown of one late, partly paid invoice in English and
/// in French (its name, legal source, reference rate and compensation), and its refusals of a debtor or a currency it does
/// not cover.
/// </summary>
public class RuleWordingTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static TheoryData<string> Rules => new(BuiltIn.Keys);

    private static readonly Dictionary<string, (LatePaymentRule Rule, DebtorKind Kind, Currency Currency)> BuiltIn = new()
    {
        ["FranceBusiness"] = (LatePaymentRule.FranceBusiness(), DebtorKind.Business, Currency.EUR),
        ["FranceConsumer"] = (LatePaymentRule.FranceConsumer(), DebtorKind.Consumer, Currency.EUR),
        ["FranceConsumerPrivateCreditor"] = (LatePaymentRule.FranceConsumer(creditorIsPrivatePerson: true), DebtorKind.Consumer, Currency.EUR),
        ["FrancePublicBuyer"] = (LatePaymentRule.FrancePublicBuyer(), DebtorKind.PublicAuthority, Currency.EUR),
        ["EuDirective"] = (LatePaymentRule.EuDirective(), DebtorKind.Business, Currency.EUR),
        ["Germany"] = (LatePaymentRule.Germany(), DebtorKind.Business, Currency.EUR),
        ["UnitedKingdom"] = (LatePaymentRule.UnitedKingdom(), DebtorKind.Business, Currency.GBP),
        ["Belgium"] = (LatePaymentRule.Belgium(), DebtorKind.Business, Currency.EUR),
        ["BelgiumConsumer"] = (LatePaymentRule.BelgiumConsumer(), DebtorKind.Consumer, Currency.EUR),
        ["Spain"] = (LatePaymentRule.Spain(), DebtorKind.Business, Currency.EUR),
        ["SpainConsumer"] = (LatePaymentRule.SpainConsumer(), DebtorKind.Consumer, Currency.EUR),
        ["Italy"] = (LatePaymentRule.Italy(), DebtorKind.Business, Currency.EUR),
        ["ItalyConsumer"] = (LatePaymentRule.ItalyConsumer(), DebtorKind.Consumer, Currency.EUR),
        ["Netherlands"] = (LatePaymentRule.Netherlands(), DebtorKind.Business, Currency.EUR),
        ["NetherlandsConsumer"] = (LatePaymentRule.NetherlandsConsumer(), DebtorKind.Consumer, Currency.EUR),
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_late_partly_paid_invoice_reads_in_english_and_french(string name)
    {
        var (rule, kind, currency) = BuiltIn[name];
        var invoice = new LateInvoice("F-2025-042", new Money(10_000m, currency), new LocalDate(2025, 1, 31))
        {
            Settlements = [new Settlement(new LocalDate(2025, 3, 14), new Money(4_000m, currency))],
            FormalNoticeDate = new LocalDate(2025, 2, 10),
        };

        var result = PenaltyCalculator.Calculate(invoice, kind, rule, new LocalDate(2025, 6, 30));

        Assert.True(result.IsSuccess, string.Join("; ", result.ValidationErrors.Select(e => e.ErrorMessage)));
        Snapshot.Match(result.Value.Describe(CultureInfo.InvariantCulture) + "\n\n" + result.Value.Describe(French), SnapshotNameExtension.Create(name));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_debtor_or_a_currency_the_rule_does_not_cover_is_refused_with_the_reason(string name)
    {
        var (rule, kind, currency) = BuiltIn[name];
        var other = currency == Currency.EUR ? Currency.CHF : Currency.EUR;
        var otherKind = kind.IsConsumer ? DebtorKind.Business : DebtorKind.Consumer;
        var asOf = new LocalDate(2025, 6, 30);

        var byCurrency = PenaltyCalculator.Calculate(new LateInvoice("F-1", new Money(100m, other), new LocalDate(2025, 1, 31)), kind, rule, asOf);
        var byKind = PenaltyCalculator.Calculate(new LateInvoice("F-1", new Money(100m, currency), new LocalDate(2025, 1, 31)), otherKind, rule, asOf);

        Snapshot.Match(
            string.Join("\n", byCurrency.ValidationErrors.Concat(byKind.ValidationErrors).Select(e => $"{e.ErrorCode} {e.ErrorMessage}"))
            + $"\n{otherKind.Name}: {(byKind.IsSuccess ? byKind.Value.Describe(CultureInfo.InvariantCulture) : "refused")}",
            SnapshotNameExtension.Create(name));
    }

    [Fact]
    public void Why_nothing_is_due_is_worded_in_both_languages()
    {
        var graceful = LatePaymentRule.Contractual(new ContractualTerms { Name = "CGV art. 7", FixedRate = AnnualRate.FromPercent(12m), GraceDays = 10 }).Value;
        var strict = LatePaymentRule.FranceBusiness();
        var due = new LocalDate(2025, 1, 31);
        LateInvoice PaidOn(LocalDate day) => new("F-1", new Money(1_000m, Currency.EUR), due) { Settlements = [new Settlement(day, new Money(1_000m, Currency.EUR))] };
        var unpaid = new LateInvoice("F-1", new Money(1_000m, Currency.EUR), due);

        var cases = new (string Case, LatePaymentRule Rule, LateInvoice Invoice, LocalDate AsOf)[]
        {
            ("paid on the due date", strict, PaidOn(due), due.PlusDays(30)),
            ("paid on the last grace day", graceful, PaidOn(due.PlusDays(10)), due.PlusDays(30)),
            ("unpaid, on the last grace day", graceful, unpaid, due.PlusDays(10)),
            ("unpaid, on the first grace day", graceful, unpaid, due.PlusDays(1)),
            ("unpaid, on the due date with grace", graceful, unpaid, due),
            ("unpaid, on the due date", strict, unpaid, due),
        };

        Snapshot.Match(string.Join(
            "\n\n",
            cases.Select(c =>
            {
                var breakdown = PenaltyCalculator.Calculate(c.Invoice, DebtorKind.Business, c.Rule, c.AsOf).Value;
                return $"# {c.Case}\n{breakdown.Describe(CultureInfo.InvariantCulture)}\n{breakdown.Describe(French)}";
            })));
    }

    [Fact]
    public void A_day_after_the_grace_interest_runs_from_the_due_date()
    {
        var graceful = LatePaymentRule.Contractual(new ContractualTerms { Name = "CGV art. 7", FixedRate = AnnualRate.FromPercent(12m), GraceDays = 10 }).Value;
        var due = new LocalDate(2025, 1, 31);

        var breakdown = PenaltyCalculator.Calculate(new LateInvoice("F-1", new Money(1_000m, Currency.EUR), due), DebtorKind.Business, graceful, due.PlusDays(11)).Value;

        Assert.False(breakdown.Lines.Count == 0);
        Assert.True(breakdown.Interest.IsPositive);
    }
}
