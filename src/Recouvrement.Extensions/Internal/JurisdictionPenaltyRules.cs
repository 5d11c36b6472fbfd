using Recouvrement.Debtors;
using Recouvrement.Jurisdictions;
using Recouvrement.Penalties;

namespace Recouvrement.Extensions.Internal;

/// <summary>The rules of the options' registry: each debtor's own law's, for its kind.</summary>
internal sealed class JurisdictionPenaltyRules(JurisdictionRegistry registry) : IPenaltyRuleSelector
{
    public LatePaymentRule? RuleFor(Debtor debtor) => registry.TryResolve(debtor, out var profile) ? profile.RuleFor(debtor.Kind) : null;
}
