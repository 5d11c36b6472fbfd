using System;
using System.Collections.Generic;
using Ardalis.Result;
using Recouvrement.Calendars;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Plans;

/// <summary>
/// Builds payment plans: N equal or stepped (progressive, degressive) instalments, or as many instalments of the
/// debtor's capacity as needed; after an optional down payment and a deferral; weekly to quarterly; with or without
/// interest; over one debt or several (consolidation), or over what is left of a plan renegotiated; moved off
/// non-business days; within the maximum duration (24 months by default, C. civ. 1343-5). The principal parts always
/// add up to the principal, the rounding remainder on the first or the last instalment.
/// </summary>
/// <remarks>
/// Interest is charged per period on the principal outstanding at the periodic rate (<see cref="AmortizationMethod"/>),
/// each period's figure rounded once to the minor unit, half away from zero. A first due date more than one period after
/// the plan date adds the interest of the extra days (<i>intérêts intercalaires</i>, Actual/365 Fixed) to the first
/// instalment. At a zero rate the plan equals the interest-free plan.
/// </remarks>
public static partial class PaymentPlanCalculator
{
    // (1 + r)^n beyond this changes an annuity by less than 10^-20 of a minor unit: the product stops there, before decimal overflows.
    private const decimal GrowthCap = 1e20m;

    /// <summary>Builds the plan <paramref name="request"/> describes.</summary>
    /// <param name="request">
    /// The debt, the dates and the constraints, within <see cref="PlanLimits"/>: amounts up to
    /// <see cref="PlanLimits.MaxAmountMinorUnits"/>, a term up to <see cref="PlanLimits.MaxMonths"/> ending by
    /// <see cref="PlanLimits.LastDate"/>, up to <see cref="PlanLimits.MaxInstalments"/> instalments, a rate up to
    /// <see cref="PlanLimits.MaxRatePercent"/>.
    /// </param>
    /// <returns>The plan, or an invalid result naming every problem (and, for a plan too long, the instalment that would fit).</returns>
    public static Result<PaymentPlan> Calculate(PlanRequest? request)
    {
        var errors = Check(request, capacityBelowMinimum: false);
        if (errors.HasErrors)
        {
            return errors.ToInvalid<PaymentPlan>();
        }

        var r = request!;
        var currency = r.Total.Currency;
        var down = r.DownPayment?.WholeMinorUnits ?? 0L;
        var rest = r.Total.WholeMinorUnits - down;
        var rate = r.Interest is { } terms ? terms.Rate.Fraction / r.Frequency.PeriodsPerYear : 0m;
        var deferral = FirstPeriodAdjustment(r, rest, rate);
        var (parts, refusal) = r.Capacity is { } capacity ? ByCapacity(rest, capacity.WholeMinorUnits, r.MinimumInstalment?.WholeMinorUnits ?? 0L, rate, deferral)
            : r.Interest is { IsAnnuity: true } ? (Annuity(rest, r.Count!.Value, rate, deferral), null)
            : (OnBalance(Split(rest, r.Count!.Value, r.Step?.WholeMinorUnits ?? 0L, r.RemainderOn), rate, deferral), null);
        if (parts is null)
        {
            return ValidationErrors.Single<PaymentPlan>("request.Capacity", r.Capacity, refusal!, ErrorCodes.OutOfRange);
        }

        if (!r.Frequency.EndsBy(r.FirstDueDate, parts.Length, PlanLimits.LastDate))
        {
            // Said before any date is built: a series beyond the calendar's last year cannot be dated at all.
            return ValidationErrors.Single<PaymentPlan>("request", parts.Length, $"{parts.Length} instalments from {Iso.Date(r.FirstDueDate)} would run past {Iso.Date(PlanLimits.LastDate)}, the last date a plan reaches", ErrorCodes.OutOfRange);
        }

        var fee = r.Fee?.WholeMinorUnits ?? 0L;
        var plan = new PlanInstalment[parts.Length + (down > 0 ? 1 : 0)];
        var next = 0;
        if (down > 0)
        {
            plan[next++] = Instalment(0, r.PlanDate, r.PlanDate, (down, 0L), fee, currency);
            fee = 0;
        }

        var scheduled = r.FirstDueDate;
        for (var i = 0; i < parts.Length; i++)
        {
            scheduled = r.Frequency.Nth(r.FirstDueDate, scheduled, i, r.MonthEnd);
            var due = r.Calendar?.Adjust(scheduled, r.Convention) ?? scheduled;
            plan[next++] = Instalment(i + 1, scheduled, due, parts[i], i == 0 ? fee : 0L, currency);
        }

        CheckPlan(r, plan, rest, errors);
        return errors.HasErrors
            ? errors.ToInvalid<PaymentPlan>()
            : Result<PaymentPlan>.Success(new PaymentPlan(r.PlanDate, r.Frequency, plan, r.Interest, [.. r.Debts], r.Replaces));
    }

    /// <summary>How many instalments fall between the first due date and the end of the maximum duration.</summary>
    internal static int FittingCount(PlanRequest request)
    {
        var limit = request.PlanDate.PlusMonths(request.MaxMonths);
        var fitting = 0;
        for (var date = request.FirstDueDate; date <= limit && fitting < PlanLimits.MaxInstalments;)
        {
            fitting++;
            date = request.Frequency.Nth(request.FirstDueDate, date, fitting, request.MonthEnd);
        }

        return fitting;
    }

    /// <summary>Checks the debts of a consolidated plan: at least one, each with a unique id and a positive amount in <paramref name="currency"/>.</summary>
    internal static void CheckDebts(IReadOnlyList<PlanDebt?> debts, Currency currency, string field, ValidationErrors errors)
    {
        if (debts.Count == 0)
        {
            errors.Add(field, 0, "must hold at least one debt", ErrorCodes.Required);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < debts.Count; i++)
        {
            if (debts[i] is not { } debt)
            {
                errors.Add($"{field}[{i}]", null, "must not be null", ErrorCodes.Required);
                continue;
            }

            if (string.IsNullOrWhiteSpace(debt.ItemId))
            {
                errors.Add($"{field}[{i}].ItemId", debt.ItemId, "must be given", ErrorCodes.Required);
            }
            else if (!seen.Add(debt.ItemId))
            {
                errors.Add($"{field}[{i}].ItemId", debt.ItemId, "is consolidated twice", ErrorCodes.Conflict);
            }

            if (!debt.Amount.Currency.Equals(currency))
            {
                errors.Add($"{field}[{i}].Amount", debt.Amount, $"is not in {currency.Code}, the plan's currency", ErrorCodes.CurrencyMismatch);
            }
            else if (!debt.Amount.IsPositive || !debt.Amount.IsWholeMinorUnits)
            {
                errors.Add($"{field}[{i}].Amount", debt.Amount, "must be positive, in whole minor units", ErrorCodes.OutOfRange);
            }
            else
            {
                // Within the limit, any number of debts sums well within decimal's range.
                _ = CheckSize($"{field}[{i}].Amount", debt.Amount, errors);
            }
        }
    }

    private static PlanInstalment Instalment(int number, LocalDate scheduled, LocalDate due, (long Principal, long Interest) part, long fee, Currency currency)
    {
        var instalment = new PlanInstalment(number, scheduled, due, Money.FromMinorUnits(part.Principal + part.Interest + fee, currency), isDownPayment: number == 0);
        // Most plans bear neither: no zero amounts to make.
        return part.Interest == 0 && fee == 0 ? instalment : instalment with
        {
            Interest = Money.FromMinorUnits(part.Interest, currency),
            Fee = Money.FromMinorUnits(fee, currency),
        };
    }

    private static long Round(decimal minorUnits) => (long)Math.Round(minorUnits, MidpointRounding.AwayFromZero);

    /// <summary>
    /// What the first instalment's interest differs by from a regular period's: when the first due date is more than one
    /// period after the plan date, interest on the principal for the days before that period (a deferral); when it is less,
    /// the regular period's interest is replaced by interest for the days actually run — never a whole period's interest
    /// for a few days. Days count Actual/365.
    /// </summary>
    private static long FirstPeriodAdjustment(PlanRequest request, long principal, decimal periodicRate)
    {
        if (request.Interest is not { } terms || terms.Rate <= AnnualRate.Zero)
        {
            return 0L;
        }

        var before = Period.DaysBetween(request.PlanDate, request.Frequency.PeriodBefore(request.FirstDueDate));
        return before > 0 ? Round(principal * terms.Rate.Fraction * before / 365m)
            : before < 0 ? Round(principal * terms.Rate.Fraction * Period.DaysBetween(request.PlanDate, request.FirstDueDate) / 365m) - Round(principal * periodicRate)
            : 0L;
    }

    /// <summary>
    /// <paramref name="count"/> principal parts growing by <paramref name="step"/> (equal at zero); the minor units left
    /// by the division go to the first or the last part.
    /// </summary>
    private static long[] Split(long rest, int count, long step, RemainderPlacement placement)
    {
        var triangle = (decimal)step * count * (count - 1) / 2;
        var first = (long)Math.Floor((rest - triangle) / count);
        var remainder = rest - ((first * (decimal)count) + triangle);
        var parts = new long[count];
        for (var i = 0; i < count; i++)
        {
            parts[i] = first + (step * i);
        }

        parts[placement == RemainderPlacement.First ? 0 : count - 1] += (long)remainder;
        return parts;
    }

    /// <summary>The principal parts with each period's interest on the balance outstanding before it.</summary>
    private static (long Principal, long Interest)[] OnBalance(long[] principal, decimal rate, long deferral)
    {
        var parts = new (long, long)[principal.Length];
        var balance = 0L;
        foreach (var part in principal)
        {
            balance += part;
        }

        for (var i = 0; i < principal.Length; i++)
        {
            parts[i] = (principal[i], Round(balance * rate) + (i == 0 ? deferral : 0L));
            balance -= principal[i];
        }

        return parts;
    }

    /// <summary>Constant instalments A = P·r·g / (g − 1), g = (1 + r)^n; the last repays the balance left exactly.</summary>
    private static (long Principal, long Interest)[] Annuity(long rest, int count, decimal rate, long deferral)
    {
        var growth = 1m;
        for (var i = 0; i < count && growth < GrowthCap; i++)
        {
            growth *= 1m + rate;
        }

        // The growth's ratio first: near 1 for a long plan, where the growth itself times the principal would overflow.
        var payment = Round(rest * rate * (growth / (growth - 1m)));
        var parts = new (long, long)[count];
        var balance = rest;
        for (var i = 0; i < count; i++)
        {
            var interest = Round(balance * rate);
            var principal = i == count - 1 ? balance : Math.Min(payment - interest, balance);
            parts[i] = (principal, interest + (i == 0 ? deferral : 0L));
            balance -= principal;
        }

        return parts;
    }

    /// <summary>
    /// Instalments of the capacity, interest included, until the balance is repaid; a last one below the minimum
    /// instalment is folded into the one before. Null, with the reason, when the capacity never repays the debt.
    /// </summary>
    private static ((long Principal, long Interest)[]? Parts, string? Refusal) ByCapacity(long rest, long capacity, long minimum, decimal rate, long deferral)
    {
        var parts = new List<(long Principal, long Interest)>();
        var balance = rest;
        while (balance > 0)
        {
            if (parts.Count == PlanLimits.MaxInstalments)
            {
                return (null, $"would need more than {PlanLimits.MaxInstalments} instalments");
            }

            var interest = Round(balance * rate) + (parts.Count == 0 ? deferral : 0L);
            if (interest >= capacity)
            {
                return (null, $"does not cover a period's interest ({interest} minor units): the debt would never be repaid");
            }

            var principal = Math.Min(capacity - interest, balance);
            parts.Add((principal, interest));
            balance -= principal;
        }

        var last = parts[parts.Count - 1];
        if (parts.Count > 1 && last.Principal + last.Interest < minimum)
        {
            // Paid with the instalment before, the last period's interest is not owed.
            parts.RemoveAt(parts.Count - 1);
            parts[parts.Count - 1] = (parts[parts.Count - 1].Principal + last.Principal, parts[parts.Count - 1].Interest);
        }

        return (parts.ToArray(), null);
    }
}
