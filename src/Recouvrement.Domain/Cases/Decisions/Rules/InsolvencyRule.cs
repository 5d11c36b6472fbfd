namespace Recouvrement.Cases;

/// <summary>
/// Insolvency proceedings stop individual pursuit (C. com. L622-21): the case waits, and the proof of claim is filed
/// before its deadline (L622-24).
/// </summary>
internal sealed class InsolvencyRule() : CaseRule("insolvency")
{
    public override void Apply(CaseDecisionContext context)
    {
        if (context.History.Closed is not null || context.Insolvency is not { } insolvency)
        {
            return;
        }

        context.Hold(new CaseHold(HoldKind.Insolvency, null) { Detail = insolvency.Notice.Proceeding.Label });
        if (!context.History.HasFiledClaim)
        {
            var statement = context.Statement;
            var claim = Money.Zero(statement.Currency);
            foreach (var item in statement.ItemArray)
            {
                claim += context.Case.Covers(item.InvoiceId) ? item.Open : Money.Zero(statement.Currency);
            }

            context.Add(new CaseAction(CaseActionKind.FileClaim, insolvency.Date, claim) { Deadline = context.Deadline(insolvency.Notice.ClaimDeadline) });
        }
    }
}
