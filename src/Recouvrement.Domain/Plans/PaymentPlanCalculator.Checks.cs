using System;
using Recouvrement.Internal;

namespace Recouvrement.Plans;

/// <summary>The checks of a plan request, every problem named, and of the plan it gives.</summary>
public static partial class PaymentPlanCalculator
{
    /// <summary>
    /// Checks <paramref name="request"/> against <see cref="PlanLimits"/> and itself, every problem named; with
    /// <paramref name="capacityBelowMinimum"/> a capacity below the minimum instalment is allowed (proposals show both).
    /// </summary>
    internal static ValidationErrors Check(PlanRequest? request, bool capacityBelowMinimum)
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
        else
        {
            CheckSize("request.Total", request.Total, errors);
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

        if (request.Count is < 1 or > PlanLimits.MaxInstalments)
        {
            errors.Add("request.Count", request.Count, $"must be between 1 and {PlanLimits.MaxInstalments}", ErrorCodes.OutOfRange);
        }

        CheckAmount("request.Capacity", request.Capacity, currency, positive: true, errors);
        CheckAmount("request.DownPayment", request.DownPayment, currency, positive: true, errors);
        CheckAmount("request.MinimumInstalment", request.MinimumInstalment, currency, positive: false, errors);
        CheckAmount("request.Fee", request.Fee, currency, positive: true, errors);
        if (!capacityBelowMinimum && request.Capacity is { } capacity && request.MinimumInstalment is { } minimum && capacity.Currency.Equals(currency) && minimum.Currency.Equals(currency) && capacity < minimum)
        {
            errors.Add("request.Capacity", capacity, $"is below the minimum instalment {minimum}", ErrorCodes.OutOfRange);
        }

        if (request.DownPayment is { } down && down.Currency.Equals(currency) && down >= request.Total)
        {
            errors.Add("request.DownPayment", down, $"must be less than the total {request.Total}", ErrorCodes.OutOfRange);
        }

        CheckDates(request, errors);
        CheckTerms(request, errors);
        CheckSources(request, errors);
        return errors;
    }

    /// <summary>Checks the step, the interest and the fee, and that they go together.</summary>
    private static void CheckTerms(PlanRequest request, ValidationErrors errors)
    {
        var annuity = request.Interest is { IsAnnuity: true };
        PlanInterest.Check("request.Interest", request.Interest, errors);
        if (request.Count is not null)
        {
            PlanInterest.CheckRemainder("request.RemainderOn", request.Interest, request.RemainderOn, errors);
        }

        if (request.Step is { } step)
        {
            if (!step.Currency.Equals(request.Total.Currency) || !step.IsWholeMinorUnits)
            {
                errors.Add("request.Step", step, $"must be in {request.Total.Currency.Code} whole minor units", ErrorCodes.CurrencyMismatch);
            }
            else if (request.Count is not { } count || annuity)
            {
                errors.Add("request.Step", step, "goes with a number of instalments, without an annuity (constant instalments)", ErrorCodes.Conflict);
            }
            else if (CheckSize("request.Step", step, errors) && count > 1 && request.Total.IsPositive && request.Total.IsWholeMinorUnits
                && FitsLimit(request.Total) && (request.DownPayment is not { } down || FitsLimit(down.Abs())))
            {
                var rest = request.Total.WholeMinorUnits - (request.DownPayment?.WholeMinorUnits ?? 0L);
                // In decimal: count × (count − 1) overflows an int from 46,341 instalments.
                var bound = Math.Floor((rest - count) / ((decimal)count * (count - 1) / 2m));
                if (Math.Abs(step.WholeMinorUnits) > bound)
                {
                    errors.Add("request.Step", step, $"would make an instalment nil or negative: at most {Money.FromMinorUnits((long)Math.Max(0m, bound), step.Currency)} per step over {count} instalments", ErrorCodes.OutOfRange);
                }
            }
        }

        if (request.Fee is not null && request.DebtorKind is not { IsConsumer: false })
        {
            errors.Add("request.DebtorKind", request.DebtorKind?.Name, request.DebtorKind is null
                ? "must be given with a fee: collection costs may not be charged to a consumer without an enforceable title (L111-8 CPCE)"
                : "is a consumer: collection costs may not be charged to a consumer without an enforceable title (L111-8 CPCE)", request.DebtorKind is null ? ErrorCodes.Required : ErrorCodes.Conflict);
        }
    }

    /// <summary>Checks the consolidated debts and the plan renegotiated against the total.</summary>
    private static void CheckSources(PlanRequest request, ValidationErrors errors)
    {
        var currency = request.Total.Currency;
        if (request.Debts is null)
        {
            errors.Add("request.Debts", null, "must not be null (empty for a plan over one debt)", ErrorCodes.Required);
        }
        else if (request.Debts.Count > 0)
        {
            var before = errors.Count;
            CheckDebts(request.Debts, currency, "request.Debts", errors);
            if (errors.Count == before)
            {
                var sum = Money.Zero(currency);
                foreach (var debt in request.Debts)
                {
                    sum += debt.Amount;
                }

                if (sum != request.Total)
                {
                    errors.Add("request.Total", request.Total, $"must be the sum of the debts consolidated, {sum}", ErrorCodes.Conflict);
                }
            }
        }

        if (request.Replaces is { } previous)
        {
            if (previous.Health == PlanHealth.Completed)
            {
                errors.Add("request.Replaces", previous.Plan.PlanDate, "is completed: nothing is left to renegotiate", ErrorCodes.Conflict);
            }
            else if (request.Total != previous.PayoffAmount)
            {
                errors.Add("request.Total", request.Total, $"must be what the plan renegotiated still asks, {previous.PayoffAmount}", ErrorCodes.Conflict);
            }

            if (request.PlanDate < previous.AsOf)
            {
                errors.Add("request.PlanDate", request.PlanDate, $"must not be before the tracking of the plan renegotiated, {Iso.Date(previous.AsOf)}", ErrorCodes.OutOfRange);
            }
        }
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
        else
        {
            CheckSize(field, money, errors);
        }
    }

    /// <summary>Names <paramref name="field"/> when the whole amount is beyond <see cref="PlanLimits.MaxAmountMinorUnits"/> either way; true when it is not.</summary>
    private static bool CheckSize(string field, Money amount, ValidationErrors errors)
    {
        if (FitsLimit(amount.Abs()))
        {
            return true;
        }

        errors.Add(field, amount, $"must be at most {Money.FromMinorUnits(PlanLimits.MaxAmountMinorUnits, amount.Currency)}", ErrorCodes.OutOfRange);
        return false;
    }

    private static bool FitsLimit(Money amount) => amount.TryWholeMinorUnits(out var units) && units <= PlanLimits.MaxAmountMinorUnits;

    /// <summary>
    /// Names the term (<see cref="PlanRequest.MaxMonths"/>, <see cref="PlanRequest.MaxCount"/>) and the dates beyond
    /// <see cref="PlanLimits"/>: the plan date plus the term must end by <see cref="PlanLimits.LastDate"/>.
    /// </summary>
    private static void CheckDates(PlanRequest request, ValidationErrors errors)
    {
        if (request.MaxMonths is < 1 or > PlanLimits.MaxMonths)
        {
            errors.Add("request.MaxMonths", request.MaxMonths, $"must be between 1 and {PlanLimits.MaxMonths}", ErrorCodes.OutOfRange);
        }

        if (request.MaxCount is < 1)
        {
            errors.Add("request.MaxCount", request.MaxCount, "must be at least 1", ErrorCodes.OutOfRange);
        }

        var last = PlanLimits.LastDate;
        var reaches = $"must be on or before {Iso.Date(last)}, the last date a plan reaches";
        if (request.FirstDueDate > last)
        {
            errors.Add("request.FirstDueDate", request.FirstDueDate, reaches, ErrorCodes.OutOfRange);
        }

        if (request.PlanDate > last)
        {
            errors.Add("request.PlanDate", request.PlanDate, reaches, ErrorCodes.OutOfRange);
        }
        else if (request.MaxMonths is >= 1 and <= PlanLimits.MaxMonths
            && ((last.Year - request.PlanDate.Year) * 12) + last.Month - request.PlanDate.Month < request.MaxMonths)
        {
            // Counted in months: the plan date plus the term would leave the calendar before it could be compared.
            errors.Add("request.MaxMonths", request.MaxMonths, $"from the plan date {Iso.Date(request.PlanDate)} the term would end after {Iso.Date(last)}, the last date a plan reaches", ErrorCodes.OutOfRange);
        }
    }

    /// <summary>Checks the constraints the instalments must keep, saying what would fit.</summary>
    private static void CheckPlan(PlanRequest request, PlanInstalment[] plan, long rest, ValidationErrors errors)
    {
        var series = request.DownPayment is null ? plan.Length : plan.Length - 1;
        var limit = request.PlanDate.PlusMonths(request.MaxMonths);
        var last = plan[plan.Length - 1].DueDate;
        if (last > limit)
        {
            var fitting = FittingCount(request);
            var needed = fitting == 0 ? "no instalment fits"
                : $"at least {Money.FromMinorUnits((rest + fitting - 1) / fitting, request.Total.Currency)} per instalment{(request.Interest is null ? string.Empty : " before interest")} ({fitting} instalments) would fit";
            errors.Add("request", Iso.Date(last), $"the plan would end after {Iso.Date(limit)}, the limit of {request.MaxMonths} months: {needed}", ErrorCodes.OutOfRange);
        }

        if (request.MaxCount is { } maxCount && series > maxCount)
        {
            errors.Add("request", series, $"the plan needs more than the {maxCount} instalments allowed", ErrorCodes.OutOfRange);
        }

        foreach (var instalment in plan)
        {
            if (!instalment.IsDownPayment && (!instalment.Amount.IsPositive || (request.MinimumInstalment is { } minimum && instalment.Amount < minimum)))
            {
                errors.Add("request", instalment.Amount, $"instalment {instalment.Number} is below the minimum instalment {request.MinimumInstalment ?? Money.FromMinorUnits(1, request.Total.Currency)}", ErrorCodes.OutOfRange);
                break;
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
