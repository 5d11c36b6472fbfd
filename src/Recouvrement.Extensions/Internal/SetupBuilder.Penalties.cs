using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime.Text;
using Recouvrement.Debtors;
using Recouvrement.Jurisdictions;
using Recouvrement.Penalties;

namespace Recouvrement.Extensions.Internal;

/// <summary>The late-payment rules: by name, a contract's terms, a French contractual rate.</summary>
internal sealed partial class SetupBuilder
{
    /// <summary>Each rule by name, with the reference series a host's newly published rates extend (none for Germany's,
    /// which the host supplies in code).</summary>
    private static readonly Dictionary<string, (ReferenceRateSeries? Series, Func<ReferenceRateSeries?, LatePaymentRule> Make)> Rules = new(StringComparer.OrdinalIgnoreCase)
    {
        ["FranceBusiness"] = (ReferenceRates.EcbMainRefinancingRate, series => LatePaymentRule.FranceBusiness(series)),
        ["FranceConsumer"] = (ReferenceRates.FrenchLegalRateOtherCases, series => LatePaymentRule.FranceConsumer(legalRate: series)),
        ["EuDirective"] = (ReferenceRates.EcbMainRefinancingRate, series => LatePaymentRule.EuDirective(series)),
        ["Germany"] = (null, _ => LatePaymentRule.Germany()),
        ["UnitedKingdom"] = (ReferenceRates.BankOfEnglandBankRate, series => LatePaymentRule.UnitedKingdom(series)),
        ["FrancePublicBuyer"] = (ReferenceRates.EcbMainRefinancingRate, series => LatePaymentRule.FrancePublicBuyer(series)),
        ["Belgium"] = (ReferenceRates.EcbMainRefinancingRate, series => LatePaymentRule.Belgium(series)),
        ["BelgiumConsumer"] = (ReferenceRates.BelgianLegalRate, series => LatePaymentRule.BelgiumConsumer(series)),
        ["Netherlands"] = (ReferenceRates.EcbMainRefinancingRate, series => LatePaymentRule.Netherlands(series)),
        ["NetherlandsConsumer"] = (ReferenceRates.DutchStatutoryRate, series => LatePaymentRule.NetherlandsConsumer(series)),
        ["Spain"] = (ReferenceRates.EcbMainRefinancingRate, series => LatePaymentRule.Spain(series)),
        ["SpainConsumer"] = (ReferenceRates.SpanishLegalRate, series => LatePaymentRule.SpainConsumer(series)),
        ["Italy"] = (ReferenceRates.EcbMainRefinancingRate, series => LatePaymentRule.Italy(series)),
        ["ItalyConsumer"] = (ReferenceRates.ItalianLegalRate, series => LatePaymentRule.ItalyConsumer(series)),
    };

    /// <summary>The name above of each shipped rule, for the rates a host appends to its jurisdiction's own rule.</summary>
    private static readonly Dictionary<string, string> NameOfRule = Rules.ToDictionary(p => p.Value.Make(null).Name, p => p.Key, StringComparer.Ordinal);

    private const string FranceContractual = "FranceBusinessContractual";

    private const string Contractual = "Contractual";

    private static readonly Dictionary<string, ReferenceRateSeries> ReferenceSeries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Ecb"] = ReferenceRates.EcbMainRefinancingRate,
        ["FrenchLegalRate"] = ReferenceRates.FrenchLegalRateOtherCases,
        ["BankOfEngland"] = ReferenceRates.BankOfEnglandBankRate,
        ["GermanBaseRate"] = ReferenceRates.GermanBaseRate,
        ["FrenchLegalRatePrivateCreditor"] = ReferenceRates.FrenchLegalRatePrivateCreditor,
        ["BelgianLegalRate"] = ReferenceRates.BelgianLegalRate,
        ["SpanishLegalRate"] = ReferenceRates.SpanishLegalRate,
        ["ItalianLegalRate"] = ReferenceRates.ItalianLegalRate,
        ["DutchStatutoryRate"] = ReferenceRates.DutchStatutoryRate,
    };

    /// <summary>The days up to which the options confirm a series' last rate (<c>Penalties:Rates:&lt;series&gt;:ConfirmedUntil</c>), by series name.</summary>
    private Dictionary<string, NodaTime.LocalDate> RatesConfirmedUntil()
    {
        var confirmed = new Dictionary<string, NodaTime.LocalDate>(StringComparer.Ordinal);
        foreach (var rate in (options.Penalties ?? new PenaltyOptions()).Rates)
        {
            var at = $"Penalties:Rates:{rate.Key}";
            if (!ReferenceSeries.TryGetValue(rate.Key, out var series))
            {
                Fail(at, rate.Key, $"must be one of {string.Join(", ", ReferenceSeries.Keys)}");
                continue;
            }

            var date = LocalDatePattern.Iso.Parse(rate.Value?.ConfirmedUntil ?? string.Empty);
            if (!date.Success || date.Value < series.KnownUntil)
            {
                Fail(
                    $"{at}:ConfirmedUntil",
                    rate.Value?.ConfirmedUntil,
                    $"must be a date, yyyy-MM-dd, not before the last day the series is known ({LocalDatePattern.Iso.Format(series.KnownUntil)})");
                continue;
            }

            confirmed[series.Name] = date.Value;
        }

        return confirmed;
    }

    /// <summary>
    /// The rule for each kind of debtor: the one the options name (<c>Penalties:Business</c>, <c>:PublicAuthority</c>,
    /// <c>:Consumer</c>; None for none), otherwise the home jurisdiction's, extended with the rates the options add.
    /// </summary>
    private Dictionary<DebtorKind, LatePaymentRule?> PenaltyRules(Jurisdiction home)
    {
        var penalties = options.Penalties ?? new PenaltyOptions();
        return new Dictionary<DebtorKind, LatePaymentRule?>
        {
            [DebtorKind.Business] = RuleFor(home, DebtorKind.Business, "Business", penalties.Business, "BusinessRateChanges", penalties.BusinessRateChanges),
            [DebtorKind.PublicAuthority] = RuleFor(home, DebtorKind.PublicAuthority, "PublicAuthority", penalties.PublicAuthority, "BusinessRateChanges", penalties.BusinessRateChanges),
            [DebtorKind.Consumer] = RuleFor(home, DebtorKind.Consumer, "Consumer", penalties.Consumer, "ConsumerRateChanges", penalties.ConsumerRateChanges),
        };
    }

    private LatePaymentRule? RuleFor(Jurisdiction home, DebtorKind kind, string key, string? name, string changesKey, IList<RateChangeOptions> changes)
    {
        if (name is null && home.RuleFor(kind) is { } own)
        {
            // The jurisdiction's rule, rebuilt by its name when the options append rates to its series.
            return changes.Count > 0 && NameOfRule.TryGetValue(own.Name, out var shipped) ? Rule($"Penalties:{key}", shipped, $"Penalties:{changesKey}", changes) : own;
        }

        var named = string.Equals(name, FranceContractual, StringComparison.OrdinalIgnoreCase) ? ContractualRule(options.Penalties!)
            : string.Equals(name, Contractual, StringComparison.OrdinalIgnoreCase) ? TermsRule(options.Penalties!.ContractualTerms)
            : Rule($"Penalties:{key}", name, $"Penalties:{changesKey}", changes);
        if (named is not null && RefusesKind(named, kind) is { } why)
        {
            Fail($"Penalties:{key}", name, $"is not a rule for {key}: {why}");
            return null;
        }

        return named;
    }

    /// <summary>
    /// Why <paramref name="rule"/> never applies to a debtor of <paramref name="kind"/> (a business rule named for consumers);
    /// null when it may. The kernel words a refusal by kind and currency together: one given in euros and in pounds alike,
    /// as no rule is in both, is the kind's.
    /// </summary>
    private static string? RefusesKind(LatePaymentRule rule, DebtorKind kind)
        => rule.Refuses(kind, Currency.EUR) is { } why && rule.Refuses(kind, Currency.GBP) is not null ? why : null;

    private LatePaymentRule? Rule(string at, string? name, string changesAt, IList<RateChangeOptions> changes)
    {
        if (name is null || name.Length == 0 || name.Equals("None", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!Rules.TryGetValue(name, out var rule))
        {
            Fail(at, name, $"must be one of {string.Join(", ", Rules.Keys)}, {FranceContractual}, {Contractual}, or None");
            return null;
        }

        var series = rule.Series;
        for (var i = 0; i < changes.Count; i++)
        {
            var date = LocalDatePattern.Iso.Parse(changes[i].From ?? string.Empty);
            if (series is null || !date.Success)
            {
                Fail($"{changesAt}:{i}:From", changes[i].From, series is null ? $"{name}'s reference rate is supplied in code" : "must be a date, yyyy-MM-dd");
                continue;
            }

            series = ValueOf($"{changesAt}:{i}", series.With(new RateChange(date.Value, AnnualRate.FromPercent(changes[i].Percent)))) ?? series;
        }

        return rule.Make(series);
    }

    /// <summary>A contract's own late-payment terms (an ERP's finance-charge terms).</summary>
    private LatePaymentRule? TermsRule(ContractualTermsOptions? terms)
    {
        const string At = "Penalties:ContractualTerms";
        if (terms is null)
        {
            Fail(At, null, $"is needed by the {Contractual} rule");
            return null;
        }

        var reference = default(ReferenceRateSeries);
        if (terms.ReferenceRate is { } name && !ReferenceSeries.TryGetValue(name, out reference))
        {
            Fail($"{At}:ReferenceRate", name, $"must be one of {string.Join(", ", ReferenceSeries.Keys)}");
        }

        var dayCount = Named<DayCount>($"{At}:DayCount", terms.DayCount ?? string.Empty);
        var method = Choice<InterestMethod>($"{At}:Method", terms.Method);
        if (dayCount is null || method is null || (terms.ReferenceRate is not null && reference is null))
        {
            return null;
        }

        return ValueOf(At, LatePaymentRule.Contractual(new ContractualTerms
        {
            Name = terms.Name ?? new ContractualTerms().Name,
            FixedRate = terms.FixedRatePercent is { } percent ? AnnualRate.FromPercent(percent) : null,
            ReferenceRate = reference,
            Margin = AnnualRate.FromPercent(terms.MarginPercent),
            DayCount = dayCount,
            GraceDays = terms.GraceDays,
            MinimumCharge = Amount(terms.MinimumCharge),
            Cap = Amount(terms.Cap),
            Method = method.Value,
            FixedFee = Amount(terms.FixedFee),
        }));
    }

    /// <summary>A contractual rate between businesses in France, floored period by period at three times the legal rate.</summary>
    private LatePaymentRule? ContractualRule(PenaltyOptions penalties)
    {
        if (penalties.ContractualRatePercent is not { } percent)
        {
            Fail("Penalties:ContractualRatePercent", null, $"is needed by {FranceContractual}");
            return null;
        }

        return ValueOf("Penalties:ContractualRatePercent", LatePaymentRule.FranceBusinessContractualRate(AnnualRate.FromPercent(percent)));
    }
}
