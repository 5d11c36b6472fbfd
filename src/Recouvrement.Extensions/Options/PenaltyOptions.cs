using System.Collections.Generic;

namespace Recouvrement.Extensions;

/// <summary>Which late-payment rule the collection run applies, by debtor kind; none when null.</summary>
public sealed class PenaltyOptions
{
    /// <summary>Gets or sets the rule for businesses and public authorities: FranceBusiness (default), FranceBusinessContractual
    /// (with <see cref="ContractualRatePercent"/>), EuDirective, Germany, UnitedKingdom, Contractual (with
    /// <see cref="ContractualTerms"/>); None or empty for none.</summary>
    public string? Business { get; set; } = "FranceBusiness";

    /// <summary>Gets or sets the rule for consumers: FranceConsumer, Germany, UnitedKingdom, Contractual (with
    /// <see cref="ContractualTerms"/>); none by default (None or empty).</summary>
    public string? Consumer { get; set; }

    /// <summary>
    /// Gets the reference rates published since this version, appended to the business rule's series (the ECB main
    /// refinancing rate for FranceBusiness and EuDirective, Bank Rate for UnitedKingdom).
    /// </summary>
    public IList<RateChangeOptions> BusinessRateChanges { get; } = [];

    /// <summary>Gets the rates published since this version, appended to the consumer rule's series (the French legal rate
    /// for FranceConsumer, Bank Rate for UnitedKingdom).</summary>
    public IList<RateChangeOptions> ConsumerRateChanges { get; } = [];

    /// <summary>Gets or sets the contractual rate of FranceBusinessContractual, in percent; checked against its floor of three
    /// times the legal rate, period by period (L441-10).</summary>
    public decimal? ContractualRatePercent { get; set; }

    /// <summary>Gets or sets the contract's late-payment terms, for the rule named Contractual.</summary>
    public ContractualTermsOptions? ContractualTerms { get; set; }

    /// <summary>Gets or sets the least interest worth posting (default 1).</summary>
    public decimal MinimumInterestPosting { get; set; } = 1m;
}
