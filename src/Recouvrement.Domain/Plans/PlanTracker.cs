using System.Collections.Generic;
using System.Linq;
using Ardalis.Result;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Plans;

/// <summary>
/// Tracks a plan against the payments received: payments settle the instalments oldest first; an instalment unpaid past
/// its due date and the grace days is late; one late instalment puts the plan at risk, the tolerance breaks it.
/// </summary>
public static class PlanTracker
{
    /// <summary>Tracks <paramref name="plan"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="payments">The payments received toward it, in any order; not kept.</param>
    /// <param name="asOf">The tracking date; no payment may be later.</param>
    /// <param name="tolerance">How much lateness the plan tolerates; the defaults when null.</param>
    /// <returns>The tracking, or an invalid result naming every bad payment.</returns>
    public static Result<PlanTracking> Track(PaymentPlan? plan, IEnumerable<PlanPayment?>? payments, LocalDate asOf, PlanTolerance? tolerance = null)
    {
        var rules = tolerance ?? new PlanTolerance();
        var errors = new ValidationErrors();
        if (plan is null)
        {
            errors.Add(nameof(plan), null, "must be given", ErrorCodes.Required);
        }

        if (rules.GraceDays < 0 || rules.LateInstalmentsToBreak < 1)
        {
            errors.Add(nameof(tolerance), $"{rules.GraceDays} grace days, {rules.LateInstalmentsToBreak} late instalments", "needs grace days ≥ 0 and at least 1 late instalment to break", ErrorCodes.OutOfRange);
        }

        var list = payments?.ToArray() ?? [];
        for (var i = 0; i < list.Length; i++)
        {
            var payment = list[i];
            if (payment is null)
            {
                errors.Add($"payments[{i}]", null, "must not be null", ErrorCodes.Required);
            }
            else if (plan is not null && !payment.Amount.Currency.Equals(plan.Total.Currency))
            {
                errors.Add($"payments[{i}].Amount", payment.Amount, $"is not in {plan.Total.Currency.Code}", ErrorCodes.CurrencyMismatch);
            }
            else if (!payment.Amount.IsPositive || !payment.Amount.IsWholeMinorUnits)
            {
                errors.Add($"payments[{i}].Amount", payment.Amount, "must be positive, in whole minor units", ErrorCodes.OutOfRange);
            }
            else if (payment.Date > asOf)
            {
                errors.Add($"payments[{i}].Date", payment.Date, $"is after the tracking date {Iso.Date(asOf)}", ErrorCodes.OutOfRange);
            }
        }

        if (errors.HasErrors)
        {
            return errors.ToInvalid<PlanTracking>();
        }

        var currency = plan!.Total.Currency;
        var received = list.Aggregate(Money.Zero(currency), (sum, p) => sum + p!.Amount);
        var left = received;
        var lines = new InstalmentTracking[plan.Instalments.Count];
        var arrears = Money.Zero(currency);
        var payoff = Money.Zero(currency);
        var late = 0;
        LocalDate? brokenOn = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var instalment = plan.Instalments[i];
            var paid = Money.Min(left, instalment.Amount);
            left -= paid;
            var open = instalment.Amount - paid;
            var lateFrom = instalment.DueDate.PlusDays(rules.GraceDays);
            var status = open.IsZero ? InstalmentStatus.Paid
                : asOf > lateFrom ? InstalmentStatus.Late
                : asOf >= instalment.DueDate ? InstalmentStatus.Due
                : paid.IsPositive ? InstalmentStatus.PartlyPaid
                : InstalmentStatus.Upcoming;
            if (status == InstalmentStatus.Late)
            {
                arrears += open;
                late++;
                brokenOn = late == rules.LateInstalmentsToBreak ? lateFrom.PlusDays(1) : brokenOn;
            }

            // Charges before principal: what was paid went to the fee and the interest first.
            payoff += instalment.DueDate <= asOf ? open : Money.Min(open, instalment.Principal);
            lines[i] = new InstalmentTracking(instalment, paid, status, status == InstalmentStatus.Late ? Period.DaysBetween(instalment.DueDate, asOf) : 0);
        }

        var paidTotal = received - left;
        var health = left.IsPositive || paidTotal == plan.Total ? PlanHealth.Completed
            : late >= rules.LateInstalmentsToBreak ? PlanHealth.Broken
            : late > 0 ? PlanHealth.AtRisk
            : PlanHealth.Kept;
        return Result<PlanTracking>.Success(new PlanTracking(plan, asOf, lines, paidTotal, arrears, left, health, payoff, health == PlanHealth.Broken ? brokenOn : null));
    }
}
