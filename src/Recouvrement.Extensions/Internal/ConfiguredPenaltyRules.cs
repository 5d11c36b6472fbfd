using Recouvrement.Debtors;
using Recouvrement.Penalties;

namespace Recouvrement.Extensions.Internal;

/// <summary>The rules of the options: one for consumers, one for businesses and public authorities.</summary>
internal sealed class ConfiguredPenaltyRules(LatePaymentRule? business, LatePaymentRule? consumer) : IPenaltyRuleSelector
{
    public LatePaymentRule? RuleFor(Debtor debtor) => debtor.Kind.IsConsumer ? consumer : business;
}
