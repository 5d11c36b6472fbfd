using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Penalties;

namespace Recouvrement.Domain.Tests;

/// <summary>Terms and series at and beyond <see cref="PenaltyLimits"/>: refused with the field, the value and the limit, never a crash.</summary>
public class PenaltyLimitsTests
{
    private static readonly LateInvoice Invoice = new("F-1", new Money(10_000m, Currency.EUR), new LocalDate(2024, 12, 31));

    private static readonly LocalDate AsOf = new(2025, 12, 31);

    private static string Refusal<T>(Ardalis.Result.Result<T> result)
    {
        Assert.False(result.IsSuccess);
        return result.ValidationErrors.Single().ErrorMessage;
    }

    [Fact]
    public void A_rate_series_confirmed_until_9999_12_31_computes()
    {
        var series = ReferenceRates.EcbMainRefinancingRate.ConfirmedUntil(new LocalDate(9999, 12, 31)).Value;

        var result = PenaltyCalculator.Calculate(Invoice, DebtorKind.Business, LatePaymentRule.FranceBusiness(series), AsOf);

        Assert.Equal(
            PenaltyCalculator.Calculate(Invoice, DebtorKind.Business, LatePaymentRule.FranceBusiness(), AsOf).Value.Interest,
            result.Value.Interest);
    }

    [Fact]
    public void Contractual_grace_days_of_int_max_are_refused()
        => Assert.Equal(
            "terms.GraceDays = 2147483647: must be between 0 and 365",
            Refusal(LatePaymentRule.Contractual(new ContractualTerms { FixedRate = AnnualRate.FromPercent(10m), GraceDays = int.MaxValue })));

    [Fact]
    public void A_contractual_rate_of_ten_pow_9_percent_is_refused()
    {
        var huge = AnnualRate.FromPercent(1e9m);

        Assert.EndsWith(": must be at most 100 % a year", Refusal(LatePaymentRule.Contractual(new ContractualTerms { FixedRate = huge })));
        Assert.EndsWith(": must be at most 100 % a year", Refusal(LatePaymentRule.Contractual(new ContractualTerms { ReferenceRate = ReferenceRates.EcbMainRefinancingRate, Margin = huge })));
        Assert.EndsWith(": must be between 0 and 100 % a year", Refusal(LatePaymentRule.FranceBusinessContractualRate(huge)));
    }

    [Fact]
    public void A_negative_margin_on_a_reference_rate_is_refused()
    {
        // ECB − 5 points went below zero in 2025 and gave −457.53 € of "interest" on a late invoice.
        var terms = new ContractualTerms { ReferenceRate = ReferenceRates.EcbMainRefinancingRate, Margin = AnnualRate.FromPercent(-5m) };

        Assert.StartsWith("terms.Margin = ", Refusal(LatePaymentRule.Contractual(terms)));
        Assert.EndsWith(": must not be negative: late-payment interest is the reference rate plus points", Refusal(LatePaymentRule.Contractual(terms)));
    }

    [Fact]
    public void An_undefined_settlement_order_is_refused()
    {
        var result = PenaltyCalculator.Calculate(Invoice, DebtorKind.Business, LatePaymentRule.FranceBusiness(), AsOf, settlementOrder: (SettlementOrder)7);

        Assert.Equal("settlementOrder = 7: is not a defined settlement order", Refusal(result));
        Assert.False(PenaltyCalculator.TryCalculateTotal(Invoice, DebtorKind.Business, LatePaymentRule.FranceBusiness(), AsOf, out _, out _, settlementOrder: (SettlementOrder)7));
    }
}
