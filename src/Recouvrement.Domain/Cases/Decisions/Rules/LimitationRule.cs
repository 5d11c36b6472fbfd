using System.Collections.Generic;
using NodaTime;
using Recouvrement.Accounts;

namespace Recouvrement.Cases;

/// <summary>
/// A claim is lost when its limitation period ends (<i>prescription</i>): in its last
/// <see cref="CasePolicy.LimitationWarningDays"/> the case goes to a person with the last day, the items concerned and
/// what interrupts the period; once past, with the advice not to sue. An acknowledgement of the debt recorded on the case
/// (a payment, a promise, an agreed plan) starts the period again (C. civ. 2240, § 212 BGB); a claim in court or in
/// insolvency proceedings stops it (C. civ. 2241), and the warning with it. A dispute, a plan or a promise does not hold
/// the warning: the period runs through them. The last day is not moved off a weekend or holiday, to stay on the safe side.
/// </summary>
internal sealed class LimitationRule() : CaseRule("limitation")
{
    private const int UrgentDays = 30;

    public override void Apply(CaseDecisionContext context)
    {
        if (context.Limitation is not { } period || context.History.Closed is not null || context.Insolvency is not null
            || context.History.HasFiledClaim || context.History.Stage == Escalation.StepKind.Court)
        {
            return;
        }

        var warning = context.Policy.LimitationWarningDays;
        var statement = context.Statement;
        var oldest = LocalDate.MaxIsoValue;
        foreach (var item in statement.ItemArray)
        {
            oldest = IsClaimed(context, item) && item.DueDate < oldest ? item.DueDate : oldest;
        }

        // An acknowledgement only moves the last day later: most cases stop here, before the events are read.
        if (oldest == LocalDate.MaxIsoValue || period.LastDay(oldest).PlusDays(-warning) > context.AsOf)
        {
            return;
        }

        var acknowledged = LastAcknowledgement(context.Events, context.AsOf);
        var (lastDay, items, amount) = (LocalDate.MaxIsoValue, (List<string>?)null, 0L);
        foreach (var item in statement.ItemArray)
        {
            if (!IsClaimed(context, item))
            {
                continue;
            }

            var last = period.LastDay(acknowledged is { } day && day > item.DueDate ? day : item.DueDate);
            if (last.PlusDays(-warning) <= context.AsOf)
            {
                (items ??= []).Add(item.Id);
                amount += item.OpenUnits;
                lastDay = last < lastDay ? last : lastDay;
            }
        }

        if (items is null)
        {
            return;
        }

        var barred = lastDay < context.AsOf;
        var due = Reviewed(context, barred ? lastDay.PlusDays(1) : lastDay.PlusDays(-warning), lastDay);
        if (due <= context.AsOf)
        {
            context.Add(new CaseAction(CaseActionKind.ReviewCase, due, Money.FromMinorUnits(amount, statement.Currency))
            {
                Review = barred ? ReviewCause.TimeBarred : ReviewCause.LimitationNear,
                Deadline = barred ? null : lastDay,
                Urgent = !barred && context.AsOf >= lastDay.PlusDays(-UrgentDays),
                ItemIds = items,
                Limitation = period,
                Rule = Name,
            });
        }
    }

    /// <summary>An open invoice of the case, due: its principal is what the period bars.</summary>
    private static bool IsClaimed(CaseDecisionContext context, ItemBalance item)
        => item.OpenUnits > 0 && item.Kind == ChargeKind.Principal && item.DueDate <= context.AsOf && context.Case.Covers(item.InvoiceId);

    /// <summary>The last payment, promise or plan the case records: each acknowledges the debt.</summary>
    private static LocalDate? LastAcknowledgement(CaseEvent[] events, LocalDate asOf)
    {
        LocalDate? last = null;
        foreach (var e in events)
        {
            if (e is PaymentReceived or PromiseMade or PlanAgreed && e.Date <= asOf && (last is null || e.Date > last))
            {
                last = e.Date;
            }
        }

        return last;
    }

    /// <summary>
    /// When the review falls: from <paramref name="from"/>, then <see cref="CasePolicy.ReviewIntervalDays"/> after each
    /// review recorded since — but never later than the last day, when it must be done.
    /// </summary>
    private static LocalDate Reviewed(CaseDecisionContext context, LocalDate from, LocalDate lastDay)
    {
        var due = from;
        foreach (var e in context.Events)
        {
            if (e is CaseReviewed && e.Date >= from && e.Date.PlusDays(context.Policy.ReviewIntervalDays) > due)
            {
                due = e.Date.PlusDays(context.Policy.ReviewIntervalDays);
            }
        }

        return from <= lastDay && due > lastDay ? lastDay : due;
    }
}
