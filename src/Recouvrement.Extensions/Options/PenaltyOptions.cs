namespace Recouvrement.Extensions;

/// <summary>Which late-payment rule the collection run applies, by debtor kind; none when null.</summary>
public sealed class PenaltyOptions
{
    /// <summary>Gets or sets the rule for businesses and public authorities: FranceBusiness (default), EuDirective, Germany, UnitedKingdom; None or empty for none.</summary>
    public string? Business { get; set; } = "FranceBusiness";

    /// <summary>Gets or sets the rule for consumers: FranceConsumer, Germany, UnitedKingdom; none by default (None or empty).</summary>
    public string? Consumer { get; set; }

    /// <summary>Gets or sets the least interest worth posting (default 1).</summary>
    public decimal MinimumInterestPosting { get; set; } = 1m;
}
