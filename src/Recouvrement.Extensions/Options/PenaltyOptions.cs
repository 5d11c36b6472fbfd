using System.Collections.Generic;

namespace Recouvrement.Extensions;

/// <summary>Which late-payment rule the home jurisdiction applies, by debtor kind; its profile's when null, none when None.</summary>
public sealed class PenaltyOptions
{
    /// <summary>Gets or sets the rule for businesses: FranceBusiness, FranceBusinessContractual (with
    /// <see cref="ContractualRatePercent"/>), EuDirective, Germany, UnitedKingdom, Belgium, Netherlands, Spain, Italy,
    /// Contractual (with <see cref="ContractualTerms"/>); None or empty for none; the home jurisdiction's when null.</summary>
    public string? Business { get; set; }

    /// <summary>Gets or sets the rule for public authorities: FrancePublicBuyer, or any rule <see cref="Business"/> takes; the
    /// home jurisdiction's when null.</summary>
    public string? PublicAuthority { get; set; }

    /// <summary>Gets or sets the rule for consumers: FranceConsumer, BelgiumConsumer, NetherlandsConsumer, SpainConsumer,
    /// ItalyConsumer, Germany, Contractual (with <see cref="ContractualTerms"/>); None or empty for none; the home
    /// jurisdiction's when null. A rule for businesses only (FranceBusiness, EuDirective, UnitedKingdom…) is refused at
    /// start, as is, under each key, a rule that never applies to that kind of debtor.</summary>
    public string? Consumer { get; set; }

    /// <summary>
    /// Gets the reference rates published since this version, appended to the series of the rule for businesses and the
    /// one for public authorities (the ECB main refinancing rate for FranceBusiness, FrancePublicBuyer and the directive's
    /// rules, Bank Rate for UnitedKingdom).
    /// </summary>
    public IList<RateChangeOptions> BusinessRateChanges { get; } = [];

    /// <summary>Gets the rates published since this version, appended to the consumer rule's series (the French legal rate
    /// for FranceConsumer).</summary>
    public IList<RateChangeOptions> ConsumerRateChanges { get; } = [];

    /// <summary>
    /// Gets, by reference series (Ecb, FrenchLegalRate, FrenchLegalRatePrivateCreditor, BankOfEngland, GermanBaseRate,
    /// BelgianLegalRate, SpanishLegalRate, ItalianLegalRate, DutchStatutoryRate), what the host confirms of it: that its
    /// last rate still holds up to a date, so that the run posts interest past the last published rate.
    /// </summary>
    public IDictionary<string, ReferenceRateOptions> Rates { get; } = new Dictionary<string, ReferenceRateOptions>(System.StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets the contractual rate of FranceBusinessContractual, in percent; checked against its floor of three
    /// times the legal rate, period by period (L441-10).</summary>
    public decimal? ContractualRatePercent { get; set; }

    /// <summary>Gets or sets the contract's late-payment terms, for the rule named Contractual.</summary>
    public ContractualTermsOptions? ContractualTerms { get; set; }

    /// <summary>Gets or sets the least interest worth posting, not negative (default 1).</summary>
    public decimal MinimumInterestPosting { get; set; } = 1m;
}
