using System;
using System.Collections.Generic;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Penalties;

namespace Recouvrement.Scheduling;

/// <summary>The late-payment penalties a run posts, or reports as held.</summary>
public sealed partial class CollectionRun
{
    /// <summary>
    /// Posts, per late invoice, the fixed compensation once and the interest accrued beyond what was posted; nothing for
    /// the invoices of a closed case, and interest only up to the opening of insolvency proceedings. What the decisions
    /// hold (a dispute, our error, a kept plan, a forbearance) is reported as held, not posted; what a dispute the debtor
    /// won dropped is not owed.
    /// </summary>
    private void Penalties(Account account, AccountStatement statement, IReadOnlyList<CollectionCase> cases, LatePaymentRule rule, List<PenaltyHold>? holds, SharedByActions shared, List<RunAction> actions)
    {
        var runDate = statement.AsOf;
        var charges = Charges(account);
        var zero = Money.Zero(statement.Currency);
        var invoice = new InvoicePenalty(null, zero, zero, runDate, null);
        for (var i = 0; i < statement.ItemArray.Length; i++)
        {
            var item = statement.ItemArray[i];
            var covering = Covering(cases, item.InvoiceId);
            if (item.Kind != ChargeKind.Principal || item.DueDate >= runDate || (!item.Open.IsPositive && item.SettledOn <= item.DueDate) || covering?.State.IsClosed == true)
            {
                continue;
            }

            if (item.InvoiceId != invoice.Id)
            {
                Post(invoice, charges, shared, actions);
                invoice = new InvoicePenalty(item.InvoiceId, zero, zero, item.DueDate.PlusDays(1), null);
            }

            // Compensation is owed per late invoice and per late instalment; what was posted is taken off in Post.
            // A won dispute: the debtor was right until then, the item is late only from the dispute's resolution.
            var (heldBy, waivedThrough) = HoldOf(holds, item);
            var late = LateInvoice.Of(statement, item, waivedThrough > item.DueDate ? waivedThrough.Value : item.DueDate, covering?.FormalNoticeOn);

            // Interest stops at the opening judgment of insolvency proceedings (C. com. L622-28).
            var until = covering?.Insolvency is { } insolvency && insolvency.JudgmentDate < runDate ? insolvency.JudgmentDate : runDate;
            if (PenaltyCalculator.TryCalculateTotal(late, account.Debtor.Kind, rule, until, out var total, out var missingRate)
                || (missingRate is not null && Confirmed(missingRate, until) && PenaltyCalculator.TryCalculateTotal(late, account.Debtor.Kind, rule, until, out total, out missingRate, carryLastRateForward: true)))
            {
                invoice = invoice with
                {
                    Interest = invoice.Interest + total.Interest - total.InterestPaid,
                    Compensation = invoice.Compensation + total.Compensation,
                    HeldBy = invoice.HeldBy ?? heldBy,
                };
            }
            else if (missingRate is not null && !invoice.Unpriced)
            {
                // Nothing is posted for the invoice rather than a figure at a rate nobody confirmed.
                invoice = invoice with { Unpriced = true };
                actions.Add(shared.Action(RunActionKind.RatesUnknown, late.DueDate.PlusDays(1), Money.Zero(statement.Currency), item.InvoiceId) with
                {
                    Problem = FormattableString.Invariant($"{missingRate.Name} is known until {missingRate.KnownUntil:uuuu-MM-dd}; interest on {item.InvoiceId} runs to {until:uuuu-MM-dd}: add the newly published rate, or confirm that the last one still holds (ConfirmedUntil)"),
                });
            }
        }

        Post(invoice, charges, shared, actions);
    }

    /// <summary>Whether the host confirmed that the series' last rate holds through <paramref name="until"/>.</summary>
    private bool Confirmed(ReferenceRateSeries series, LocalDate until)
        => Options.RatesConfirmedUntil.TryGetValue(series.Name, out var confirmed) && confirmed >= until;

    /// <summary>Why the decisions hold the item's penalties, and the last day a won dispute dropped them; neither when none.</summary>
    private static (HoldKind? HeldBy, LocalDate? WaivedThrough) HoldOf(List<PenaltyHold>? holds, ItemBalance item)
    {
        (HoldKind? heldBy, LocalDate? waived) = (null, null);
        foreach (var hold in holds ?? [])
        {
            if (hold.ItemId != item.Id && hold.ItemId != item.InvoiceId)
            {
                continue;
            }

            if (hold.WaivedThrough is { } through)
            {
                waived = waived > through ? waived : through;
            }
            else
            {
                heldBy ??= hold.Cause;
            }
        }

        return (heldBy, waived);
    }

    private void Post(InvoicePenalty invoice, Charge[] charges, SharedByActions shared, List<RunAction> actions)
    {
        if (invoice.Id is null || invoice.Unpriced)
        {
            return;
        }

        // What the invoice owes beyond the fee and interest charges already posted against it.
        var (compensation, interest) = (invoice.Compensation, invoice.Interest);
        foreach (var charge in charges)
        {
            if (charge.InvoiceId == invoice.Id && charge.Charged.Currency.Equals(interest.Currency))
            {
                compensation -= charge.Kind == ChargeKind.Fee ? charge.Charged : Money.Zero(compensation.Currency);
                interest -= charge.Kind == ChargeKind.Interest ? charge.Charged : Money.Zero(interest.Currency);
            }
        }

        var due = interest.Round();
        var postsInterest = due.IsPositive && due.Amount >= Options.MinimumInterestPosting;
        if (invoice.HeldBy is { } cause)
        {
            // Accrued, not posted: said once, so that a silent invoice is explained.
            var held = (compensation.IsPositive ? compensation : Money.Zero(compensation.Currency)) + (postsInterest ? due : Money.Zero(due.Currency));
            if (held.IsPositive)
            {
                actions.Add(shared.Action(RunActionKind.PenaltiesHeld, invoice.Since, held, invoice.Id) with { HeldBy = cause });
            }

            return;
        }

        if (compensation.IsPositive)
        {
            actions.Add(shared.Action(RunActionKind.PostCompensation, invoice.Since, compensation, invoice.Id));
        }

        if (postsInterest)
        {
            actions.Add(shared.Action(RunActionKind.PostInterest, invoice.Since, due, invoice.Id));
        }
    }

    /// <summary>The account's charges against an invoice; no allocation for the usual account, which has none.</summary>
    private static Charge[] Charges(Account account)
    {
        List<Charge>? charges = null;
        for (var i = 0; i < account.Entries.Count; i++)
        {
            if (account.Entries[i] is Charge { InvoiceId: not null } charge)
            {
                (charges ??= []).Add(charge);
            }
        }

        return charges is null ? [] : [.. charges];
    }

    private static CollectionCase? Covering(IReadOnlyList<CollectionCase> cases, string invoiceId)
    {
        for (var i = 0; i < cases.Count; i++)
        {
            if (cases[i]?.Covers(invoiceId) == true)
            {
                return cases[i];
            }
        }

        return null;
    }

    /// <summary>What one invoice's items add up to.</summary>
    private readonly record struct InvoicePenalty(string? Id, Money Interest, Money Compensation, LocalDate Since, HoldKind? HeldBy)
    {
        /// <summary>Gets a value indicating whether an item's penalties could not be computed: nothing is posted for the invoice.</summary>
        internal bool Unpriced { get; init; }
    }
}
