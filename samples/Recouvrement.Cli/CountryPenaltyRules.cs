using Recouvrement.Debtors;
using Recouvrement.Extensions;
using Recouvrement.Penalties;

namespace Recouvrement.Cli;

/// <summary>The late-payment rule of each debtor's country, registered in place of the options' rule per debtor kind.</summary>
internal sealed class CountryPenaltyRules : IPenaltyRuleSelector
{
    public LatePaymentRule? RuleFor(Debtor debtor) => Jurisdictions.RuleFor(debtor);
}
