using System.Collections.Generic;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Jurisdictions;

namespace Recouvrement.Scheduling;

/// <summary>The collection costs a consumer's law allows once the first letter went unanswered.</summary>
public sealed partial class CollectionRun
{
    /// <summary>
    /// Posts, once per case, the costs of the consumer's law's scale (<see cref="ConsumerProtection.CollectionCosts"/>)
    /// when the case's first letter — its formal notice, the Dutch fourteen-day letter — is more than
    /// <see cref="ConsumerProtection.DaysAfterFirstLetter"/> days old, on the principal the case still pursues. Nothing
    /// while the case is closed, in insolvency proceedings or its penalties held (a dispute, our error, a plan kept, a
    /// hardship), nor once a fee was charged on or after the letter.
    /// </summary>
    private static void CollectionCosts(Account account, AccountStatement statement, CollectionCase collectionCase, ConsumerProtection protection, bool held, SharedByActions shared, List<RunAction> actions)
    {
        if (protection.CollectionCosts is not { } scale || collectionCase.FormalNoticeOn is not { } letter || held
            || statement.AsOf <= letter.PlusDays(protection.DaysAfterFirstLetter) || collectionCase.State.IsClosed || collectionCase.Insolvency is not null)
        {
            return;
        }

        foreach (var entry in account.Entries)
        {
            if (entry is Charge { Kind: var kind } charge && kind == ChargeKind.Fee && charge.Date >= letter)
            {
                return;
            }
        }

        var principal = Money.Zero(statement.Currency);
        foreach (var item in statement.ItemArray)
        {
            principal += item.Kind == ChargeKind.Principal && item.IsOverdue && collectionCase.Covers(item.InvoiceId) ? item.Open : Money.Zero(statement.Currency);
        }

        if (principal.IsPositive && scale.For(principal, statement.AsOf) is { IsSuccess: true } costs)
        {
            actions.Add(shared.Action(RunActionKind.PostCollectionCosts, letter.PlusDays(protection.DaysAfterFirstLetter + 1), costs.Value.Amount) with
            {
                Case = collectionCase,
                CollectionCost = costs.Value,
            });
        }
    }
}
