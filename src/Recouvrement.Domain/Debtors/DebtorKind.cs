using Ardalis.SmartEnum;

namespace Recouvrement.Debtors;

/// <summary>
/// Who the debtor is in law: a consumer, a business or a public authority. The kind decides which rules apply,
/// for example whether the fixed recovery compensation may be claimed.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class DebtorKind : SmartEnum<DebtorKind>
{
    /// <summary>A private person acting outside a trade (<i>consommateur</i>).</summary>
    public static readonly DebtorKind Consumer = new(nameof(Consumer), 1, isConsumer: true);

    /// <summary>A company or a professional acting in their trade (B2B).</summary>
    public static readonly DebtorKind Business = new(nameof(Business), 2, isConsumer: false);

    /// <summary>A public body buying goods or services (B2G); Directive 2011/7/EU applies.</summary>
    public static readonly DebtorKind PublicAuthority = new(nameof(PublicAuthority), 3, isConsumer: false);

    private DebtorKind(string name, int value, bool isConsumer)
        : base(name, value)
        => IsConsumer = isConsumer;

    /// <summary>Gets a value indicating whether the debtor is a consumer, protected by consumer law.</summary>
    public bool IsConsumer { get; }

    /// <summary>
    /// Gets a value indicating whether the fixed compensation for recovery costs (€40 in France and the EU, £40–£100 in
    /// the UK) can be claimed: only from a debtor who is not a consumer (C. com. L441-10, Directive 2011/7/EU art. 6).
    /// </summary>
    public bool FixedCompensationApplies => !IsConsumer;
}
