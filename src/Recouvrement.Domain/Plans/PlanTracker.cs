using System;
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
    /// <param name="payments">The payments received toward it, in any order, together at most <see cref="long.MaxValue"/> minor units; not kept.</param>
    /// <param name="asOf">The tracking date; no payment may be later.</param>
    /// <param name="tolerance">How much lateness the plan tolerates, up to <see cref="PlanLimits.MaxGraceDays"/> grace days; the defaults when null.</param>
    /// <returns>The tracking, or an invalid result naming every bad payment.</returns>
    public static Result<PlanTracking> Track(PaymentPlan? plan, IEnumerable<PlanPayment?>? payments, LocalDate asOf, PlanTolerance? tolerance = null)
    {
        var rules = tolerance ?? new PlanTolerance();
        var errors = new ValidationErrors();
        if (plan is null)
        {
            errors.Add(nameof(plan), null, "must be given", ErrorCodes.Required);
        }

        PlanTolerance.Check(nameof(tolerance), rules, errors);

        var list = payments?.ToArray() ?? [];
        var received = 0L;
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
            else if (!payment.Amount.TryWholeMinorUnits(out var units) || units > long.MaxValue - received)
            {
                // The loop below counts in 64-bit minor units: said here rather than overflowed there.
                errors.Add($"payments[{i}].Amount", payment.Amount, $"brings the payments beyond {long.MaxValue} minor units", ErrorCodes.OutOfRange);
            }
            else if (payment.Date > asOf)
            {
                errors.Add($"payments[{i}].Date", payment.Date, $"is after the tracking date {Iso.Date(asOf)}", ErrorCodes.OutOfRange);
            }
            else
            {
                received += units;
            }
        }

        if (errors.HasErrors)
        {
            return errors.ToInvalid<PlanTracking>();
        }

        // Whole minor units and day numbers: the loop adds and compares integers, and makes Money only for the reader.
        var currency = plan!.Total.Currency;
        var left = received;
        var items = plan.InstalmentArray;
        var lines = new InstalmentTracking[items.Length];
        var (arrears, payoff, late) = (0L, 0L, 0);
        LocalDate? brokenOn = null;
        var today = DayNumber.Of(asOf);
        for (var i = 0; i < items.Length; i++)
        {
            var instalment = items[i];
            var amount = instalment.Amount.WholeMinorUnits;
            var paid = Math.Min(left, amount);
            left -= paid;
            var open = amount - paid;
            var due = DayNumber.Of(instalment.DueDate);
            var status = open == 0 ? InstalmentStatus.Paid
                : today > due + rules.GraceDays ? InstalmentStatus.Late
                : today >= due ? InstalmentStatus.Due
                : paid > 0 ? InstalmentStatus.PartlyPaid
                : InstalmentStatus.Upcoming;
            if (status == InstalmentStatus.Late)
            {
                arrears += open;
                late++;
                brokenOn = late == rules.LateInstalmentsToBreak ? DayNumber.ToDate(due + rules.GraceDays + 1) : brokenOn;
            }

            // Charges before principal: what was paid went to the fee and the interest first; interest not yet due is not owed.
            payoff += due <= today ? open : Math.Min(open, amount - instalment.InterestUnits - instalment.FeeUnits);
            lines[i] = new InstalmentTracking(instalment, Money.FromMinorUnits(paid, currency), status, status == InstalmentStatus.Late ? today - due : 0);
        }

        var paidTotal = received - left;
        var health = left > 0 || paidTotal == plan.Total.WholeMinorUnits ? PlanHealth.Completed
            : late >= rules.LateInstalmentsToBreak ? PlanHealth.Broken
            : late > 0 ? PlanHealth.AtRisk
            : PlanHealth.Kept;
        return Result<PlanTracking>.Success(new PlanTracking(
            plan,
            asOf,
            lines,
            Money.FromMinorUnits(paidTotal, currency),
            Money.FromMinorUnits(arrears, currency),
            Money.FromMinorUnits(left, currency),
            health,
            Money.FromMinorUnits(payoff, currency),
            health == PlanHealth.Broken ? brokenOn : null));
    }
}
