using Recouvrement.Debtors;
using Recouvrement.Penalties;

namespace Recouvrement.Extensions;

/// <summary>
/// Chooses the late-payment rule that applies to a debtor. <c>AddRecouvrement</c> registers one built from
/// <see cref="RecouvrementOptions.Penalties"/> (a rule for businesses, one for consumers); a host that needs another
/// choice — by the debtor's country, by contract — registers its own first, and the collection run uses it.
/// </summary>
/// <remarks>Implementations must be thread-safe: a run may ask from several threads.</remarks>
public interface IPenaltyRuleSelector
{
    /// <summary>The rule for <paramref name="debtor"/>'s invoices.</summary>
    /// <param name="debtor">The debtor.</param>
    /// <returns>The rule, or null when no late-payment interest or compensation is charged.</returns>
    LatePaymentRule? RuleFor(Debtor debtor);
}
