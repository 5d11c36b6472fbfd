using System;
using System.Collections.Generic;
using Ardalis.Result;
using Recouvrement.Calendars;
using Recouvrement.Internal;

namespace Recouvrement.Plans;

/// <summary>
/// Builds payment plans: N equal instalments, or as many instalments of the debtor's capacity as needed; after an
/// optional down payment and a deferral; weekly to quarterly; moved off non-business days; within the maximum duration
/// (24 months by default, C. civ. 1343-5). The instalments always add up to the total, the rounding remainder on the
/// first or the last one.
/// </summary>
public static class PaymentPlanCalculator
{
    // Far beyond any plan a debtor keeps (24 months weekly is 105): refuses a capacity of one cent on a large debt early.
    private const int MaxInstalments = 10_000;

    /// <summary>Builds the plan <paramref name="request"/> describes.</summary>
    /// <param name="request">The debt, the dates and the constraints.</param>
    /// <returns>The plan, or an invalid result naming every problem (and, for a plan too long, the instalment that would fit).</returns>
    public static Result<PaymentPlan> Calculate(PlanRequest? request)
    {
        var errors = Check(request);
        if (errors.HasErrors)
        {
            return errors.ToInvalid<PaymentPlan>();
        }

        var r = request!;
        var currency = r.Total.Currency;
        var down = r.DownPayment?.WholeMinorUnits ?? 0L;
        var rest = r.Total.WholeMinorUnits - down;
        var (count, regular, odd) = r.Capacity is { } capacity
            ? Capacity(rest, capacity.WholeMinorUnits, r.MinimumInstalment?.WholeMinorUnits ?? 0L)
            : Equal(rest, r.Count!.Value);

        if (count > MaxInstalments)
        {
            return ValidationErrors.Single<PaymentPlan>("request.Capacity", r.Capacity, $"would need {count} instalments, more than {MaxInstalments}", ErrorCodes.OutOfRange);
        }

        var plan = new List<PlanInstalment>(count + 1);
        if (down > 0)
        {
            plan.Add(new PlanInstalment(0, r.PlanDate, r.PlanDate, Money.FromMinorUnits(down, currency), IsDownPayment: true));
        }

        var scheduled = r.FirstDueDate;
        for (var i = 0; i < count; i++)
        {
            scheduled = r.Frequency.Nth(r.FirstDueDate, scheduled, i, r.MonthEnd);
            var due = r.Calendar?.Adjust(scheduled, r.Convention) ?? scheduled;
            var takesRemainder = r.RemainderOn == RemainderPlacement.First ? i == 0 : i == count - 1;
            plan.Add(new PlanInstalment(i + 1, scheduled, due, Money.FromMinorUnits(takesRemainder ? odd : regular, currency), IsDownPayment: false));
        }

        CheckPlan(r, plan, rest, errors);
        return errors.HasErrors
            ? errors.ToInvalid<PaymentPlan>()
            : Result<PaymentPlan>.Success(new PaymentPlan(r.Total, r.PlanDate, r.Frequency, [.. plan]));
    }

    /// <summary>How many instalments fall between the first due date and the end of the maximum duration.</summary>
    internal static int FittingCount(PlanRequest request)
    {
        var limit = request.PlanDate.PlusMonths(request.MaxMonths);
        var fitting = 0;
        for (var date = request.FirstDueDate; date <= limit && fitting < MaxInstalments;)
        {
            fitting++;
            date = request.Frequency.Nth(request.FirstDueDate, date, fitting, request.MonthEnd);
        }

        return fitting;
    }

    /// <summary>N instalments of the same amount, the remainder units on one of them.</summary>
    private static (int Count, long Regular, long Odd) Equal(long rest, int count)
    {
        var regular = rest / count;
        return (count, regular, regular + (rest - (regular * count)));
    }

    /// <summary>
    /// As many instalments of the capacity as needed; the odd one holds what is left, or — when that would be below the
    /// minimum instalment — is folded into the one before.
    /// </summary>
    private static (int Count, long Regular, long Odd) Capacity(long rest, long capacity, long minimum)
    {
        var count = (int)Math.Min(int.MaxValue, (rest + capacity - 1) / capacity);
        var odd = rest - (capacity * (count - 1));
        return count > 1 && odd < minimum ? (count - 1, capacity, capacity + odd) : (count, capacity, odd);
    }

    private static ValidationErrors Check(PlanRequest? request)
    {
        var errors = new ValidationErrors();
        if (request is null)
        {
            errors.Add(nameof(request), null, "must be given", ErrorCodes.Required);
            return errors;
        }

        var currency = request.Total.Currency;
        if (!request.Total.IsPositive || !request.Total.IsWholeMinorUnits)
        {
            errors.Add("request.Total", request.Total, "must be positive, in whole minor units", ErrorCodes.OutOfRange);
        }

        if (request.Frequency is null)
        {
            errors.Add("request.Frequency", null, "must be given", ErrorCodes.Required);
        }

        if (request.FirstDueDate < request.PlanDate)
        {
            errors.Add("request.FirstDueDate", request.FirstDueDate, $"must not be before the plan date {Iso.Date(request.PlanDate)}", ErrorCodes.OutOfRange);
        }

        if (request.Count is null == request.Capacity is null)
        {
            errors.Add("request.Count", request.Count, "set either the number of instalments or the debtor's capacity, not both or neither", ErrorCodes.Conflict);
        }

        if (request.Count is < 1)
        {
            errors.Add("request.Count", request.Count, "must be at least 1", ErrorCodes.OutOfRange);
        }

        CheckAmount("request.Capacity", request.Capacity, currency, positive: true, errors);
        CheckAmount("request.DownPayment", request.DownPayment, currency, positive: true, errors);
        CheckAmount("request.MinimumInstalment", request.MinimumInstalment, currency, positive: false, errors);
        if (request.DownPayment is { } down && down.Currency.Equals(currency) && down >= request.Total)
        {
            errors.Add("request.DownPayment", down, $"must be less than the total {request.Total}", ErrorCodes.OutOfRange);
        }

        if (request.MaxMonths < 1)
        {
            errors.Add("request.MaxMonths", request.MaxMonths, "must be at least 1", ErrorCodes.OutOfRange);
        }

        if (request.MaxCount is < 1)
        {
            errors.Add("request.MaxCount", request.MaxCount, "must be at least 1", ErrorCodes.OutOfRange);
        }

        return errors;
    }

    private static void CheckAmount(string field, Money? amount, Currency currency, bool positive, ValidationErrors errors)
    {
        if (amount is not { } money)
        {
            return;
        }

        if (!money.Currency.Equals(currency))
        {
            errors.Add(field, money, $"is not in {currency.Code}", ErrorCodes.CurrencyMismatch);
        }
        else if ((positive ? !money.IsPositive : money.IsNegative) || !money.IsWholeMinorUnits)
        {
            errors.Add(field, money, positive ? "must be positive, in whole minor units" : "must not be negative, in whole minor units", ErrorCodes.OutOfRange);
        }
    }

    /// <summary>Checks the constraints the instalments must keep, saying what would fit.</summary>
    private static void CheckPlan(PlanRequest request, List<PlanInstalment> plan, long rest, ValidationErrors errors)
    {
        var series = request.DownPayment is null ? plan.Count : plan.Count - 1;
        var limit = request.PlanDate.PlusMonths(request.MaxMonths);
        var last = plan[plan.Count - 1].DueDate;
        if (last > limit)
        {
            var fitting = FittingCount(request);
            var needed = fitting == 0 ? "no instalment fits" : $"at least {Money.FromMinorUnits((rest + fitting - 1) / fitting, request.Total.Currency)} per instalment ({fitting} instalments) would fit";
            errors.Add("request", Iso.Date(last), $"the plan would end after {Iso.Date(limit)}, the limit of {request.MaxMonths} months: {needed}", ErrorCodes.OutOfRange);
        }

        if (request.MaxCount is { } maxCount && series > maxCount)
        {
            errors.Add("request", series, $"the plan needs more than the {maxCount} instalments allowed", ErrorCodes.OutOfRange);
        }

        if (request.MinimumInstalment is { } minimum)
        {
            foreach (var instalment in plan)
            {
                if (!instalment.IsDownPayment && instalment.Amount < minimum)
                {
                    errors.Add("request", instalment.Amount, $"instalment {instalment.Number} is below the minimum instalment {minimum}", ErrorCodes.OutOfRange);
                    break;
                }
            }
        }

        foreach (var instalment in plan)
        {
            if (instalment.DueDate < request.PlanDate)
            {
                errors.Add("request.Convention", request.Convention, $"moves instalment {instalment.Number} to {Iso.Date(instalment.DueDate)}, before the plan date", ErrorCodes.OutOfRange);
                break;
            }
        }
    }
}
