using System.Collections.Generic;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Penalties;

namespace Recouvrement.Cases;

/// <summary>
/// Insolvency proceedings stop individual pursuit (C. com. L622-21): the case waits, and the proof of claim is filed
/// before its deadline (L622-24, R622-24) — urgent in its last <see cref="CasePolicy.ClaimUrgentDays"/> days —,
/// itemised with the interest accrued up to the opening judgment and the compensation. Past the deadline, relief from
/// foreclosure (<i>relevé de forclusion</i>) may still be sought within six months of the publication (L622-26); past
/// that, the claim is foreclosed and a person reviews the case.
/// </summary>
internal sealed class InsolvencyRule() : CaseRule("insolvency")
{
    public override void Apply(CaseDecisionContext context)
    {
        if (context.History.Closed is not null || context.Insolvency is not { } insolvency)
        {
            return;
        }

        var notice = insolvency.Notice;
        context.Hold(new CaseHold(HoldKind.Insolvency, null) { Detail = notice.Proceeding.Label, Rule = Name });
        if (context.History.HasFiledClaim)
        {
            return;
        }

        // Known from a published notice only: the claim's event needs the proceedings on the case first.
        var unrecorded = context.History.Insolvency is null ? insolvency : null;
        var claim = Claim(context, notice.JudgmentDate < context.AsOf ? notice.JudgmentDate : context.AsOf);
        var deadline = context.Deadline(notice.ClaimDeadline);
        var relief = context.Deadline(notice.ReliefDeadline);
        if (context.AsOf <= deadline)
        {
            context.Add(new CaseAction(CaseActionKind.FileClaim, insolvency.Date, claim.Total)
            {
                Deadline = deadline,
                Urgent = context.AsOf >= deadline.PlusDays(-context.Policy.ClaimUrgentDays),
                Claim = claim,
                Insolvency = unrecorded,
                Rule = Name,
            });
        }
        else if (context.AsOf <= relief)
        {
            context.Add(new CaseAction(CaseActionKind.SeekRelief, deadline.PlusDays(1), claim.Total) { Deadline = relief, Urgent = true, Claim = claim, Insolvency = unrecorded, Rule = Name });
        }
        else
        {
            context.Add(new CaseAction(CaseActionKind.ReviewCase, relief.PlusDays(1), claim.Total) { Review = ReviewCause.ClaimForeclosed, Claim = claim, Rule = Name });
        }
    }

    /// <summary>
    /// The claim, item by item: with the debtor's rule, each invoice's interest up to <paramref name="until"/> and its
    /// compensation, less what charges already posted for them were paid (those charges are not claimed twice); without
    /// one, what the account holds open.
    /// </summary>
    private static ProofOfClaim Claim(CaseDecisionContext context, LocalDate until)
    {
        var statement = context.Statement;
        var rule = context.PenaltyRule;
        var zero = Money.Zero(statement.Currency);
        var lines = new List<ClaimLine>();
        var (principal, interest, compensation) = (zero, zero, zero);
        foreach (var item in statement.ItemArray)
        {
            if (!context.Case.Covers(item.InvoiceId) || (rule is not null && IsPostedPenalty(item)))
            {
                continue;
            }

            var line = new ClaimLine(item.Id, item.Open, zero, zero);
            if (rule is not null && item.Kind == ChargeKind.Principal
                && PenaltyCalculator.TryCalculateTotal(LateInvoice.Of(statement, item) with { FormalNoticeDate = context.Case.FormalNoticeOn }, statement.Debtor.Kind, rule, until, out var total, out _))
            {
                var (paidInterest, paidCompensation) = PaidCharges(statement, item.Id);
                line = line with { Interest = Positive(total.Interest - total.InterestPaid - paidInterest), Compensation = Positive(total.Compensation - paidCompensation) };
            }

            if (line.Total.IsPositive)
            {
                lines.Add(line);
                (principal, interest, compensation) = (principal + line.Principal, interest + line.Interest, compensation + line.Compensation);
            }
        }

        return new ProofOfClaim(until, rule is null ? null : $"{rule.Name} ({rule.LegalSource})", [.. lines], principal, interest, compensation);
    }

    /// <summary>A charge the run posted for an invoice's interest or compensation: the claim computes those afresh.</summary>
    private static bool IsPostedPenalty(ItemBalance item) => item.Kind != ChargeKind.Principal && item.InvoiceId != item.Id;

    private static (Money Interest, Money Compensation) PaidCharges(AccountStatement statement, string invoiceId)
    {
        var zero = Money.Zero(statement.Currency);
        var (interest, compensation) = (zero, zero);
        foreach (var item in statement.ItemArray)
        {
            if (item.InvoiceId == invoiceId && IsPostedPenalty(item))
            {
                (interest, compensation) = item.Kind == ChargeKind.Interest ? (interest + item.Paid, compensation) : (interest, compensation + item.Paid);
            }
        }

        return (interest, compensation);
    }

    private static Money Positive(Money amount) => amount.IsPositive ? amount : Money.Zero(amount.Currency);
}
