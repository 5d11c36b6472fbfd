using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Penalties;
using Recouvrement.Plans;
using static Recouvrement.Domain.Tests.AccountFixtures;

namespace Recouvrement.Domain.Tests;

/// <summary>
/// Amounts of 2^31 minor units and more (21,474,836.48 EUR): the hot paths count minor units in integers and must read
/// and write every bit of them (they once overflowed under the build's checked arithmetic).
/// </summary>
public class LargeAmountsTests
{
    [Fact]
    public void An_account_counts_an_invoice_beyond_2_pow_31_cents()
    {
        var account = AccountOf(Invoice("INV-1", D(1, 10), D(2, 9), 21_474_836.48m), Payment("PAY-1", D(3, 1), 4_294_967_296.00m));

        var statement = account.AsOf(D(3, 20));

        Assert.Equal(Eur(0m), statement.Open);
        Assert.Equal(Eur(4_294_967_296.00m - 21_474_836.48m), statement.CreditBalance);
    }

    [Fact]
    public void A_plan_splits_an_amount_beyond_2_pow_32_cents()
    {
        var plan = Calculated.Plan(new PlanRequest(Eur(50_000_000.01m), new LocalDate(2026, 1, 5), new LocalDate(2026, 2, 1), PlanFrequency.Monthly) { Count = 2 });

        Assert.Equal([Eur(25_000_000.00m), Eur(25_000_000.01m)], plan.Instalments.Select(i => i.Amount));
        Assert.Equal(Eur(50_000_000.01m), plan.Total);
    }

    [Fact]
    public void Penalties_on_thirty_million_euros_for_a_year()
    {
        // 2025 at the French B2B rate: 181 days at 3.15 % + 10 = 13.15 %, then 184 days at 2.15 % + 10 = 12.15 %.
        // 30,000,000 × (13.15 % × 181 + 12.15 % × 184) / 365 = 3,793,767.1232… → 3,793,767.12.
        var invoice = new LateInvoice("F-BIG", Eur(30_000_000m), new LocalDate(2024, 12, 31));
        var rule = LatePaymentRule.FranceBusiness();
        var asOf = new LocalDate(2025, 12, 31);

        var breakdown = PenaltyCalculator.Calculate(invoice, DebtorKind.Business, rule, asOf).Value;
        Assert.True(PenaltyCalculator.TryCalculateTotal(invoice, DebtorKind.Business, rule, asOf, out var total, out _));

        Assert.Equal(Eur(3_793_767.12m), breakdown.Interest);
        Assert.Equal(breakdown.Interest, total.Interest);
        Assert.Equal([Eur(30_000_000m), Eur(30_000_000m)], breakdown.Lines.Select(l => l.Base));
    }
}
