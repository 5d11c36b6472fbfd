using System;
using System.Collections.Generic;
using Ardalis.Result;
using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>
/// Computes late-payment interest and fixed compensation for one receivable under a <see cref="LatePaymentRule"/>, as
/// of a date, with a breakdown a collector can paste into a letter.
/// </summary>
/// <remarks>
/// <para>Simple interest: base × rate × days / year (365 days under every statutory rule; contractual terms choose
/// their <see cref="DayCount"/>), from the day after the due date to the as-of date, both included. The span is cut
/// where the rate changes, where a settlement lowers the base (from the day after it is received), at 1 January under
/// Actual/Actual, and at each month's end under the average-daily-balance method. Interest is exact per span and
/// rounded once, half away from zero, to the currency's minor unit; the rounded total is then shared over the lines so
/// that they add up to it. A daily figure is never rounded and then multiplied.</para>
/// <para>By default a settlement lowers the principal (<see cref="SettlementOrder.PrincipalFirst"/>); with
/// <see cref="SettlementOrder.InterestFirst"/> it settles the interest accrued so far first (C. civ. 1343-1).</para>
/// </remarks>
public static class PenaltyCalculator
{
    /// <summary>Computes the penalties of <paramref name="invoice"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="invoice">The receivable and its settlements.</param>
    /// <param name="debtorKind">The debtor's kind: some rules exclude consumers, compensation is B2B only.</param>
    /// <param name="rule">The late-payment rule.</param>
    /// <param name="asOf">The last day interest runs to.</param>
    /// <param name="carryLastRateForward">Whether days after the known rate data take the last known rate.</param>
    /// <param name="settlementOrder">Whether settlements pay the principal or the accrued interest first; a value outside the enumeration is refused.</param>
    /// <returns>
    /// The breakdown — zero with the reason when nothing is late — or an invalid result listing every problem: bad
    /// amounts, a currency mismatch, a rule that does not apply to the debtor, missing rate data.
    /// </returns>
    public static Result<PenaltyBreakdown> Calculate(
        LateInvoice? invoice,
        DebtorKind? debtorKind,
        LatePaymentRule? rule,
        LocalDate asOf,
        bool carryLastRateForward = false,
        SettlementOrder settlementOrder = SettlementOrder.PrincipalFirst)
    {
        var errors = new ValidationErrors();
        var asOfDay = DayNumber.Of(asOf);
        if (!Check(invoice, debtorKind, rule, asOfDay, settlementOrder, errors, out var units, out var dueDay))
        {
            return errors.ToInvalid<PenaltyBreakdown>();
        }

        var settlements = SettlementSchedule.Rent(invoice!);
        if (!IsLate(invoice!, units, dueDay, rule!, asOfDay, settlements, out var firstDay, out var settledInTime))
        {
            settlements.Return();
            return Result<PenaltyBreakdown>.Success(PenaltyBreakdown.Nothing(invoice!, rule!, asOf, settledInTime));
        }

        if (CompoundsBy(rule!, firstDay, asOfDay) is { } anniversary)
        {
            settlements.Return();
            errors.Add(nameof(asOf), asOf, $"{rule!.Name} adds each full year's interest to the base from {Iso.Date(anniversary)} on (BW 6:119(2), 6:119a(3)); simple interest is computed for the first year of default only", ErrorCodes.OutOfRange);
            return errors.ToInvalid<PenaltyBreakdown>();
        }

        var overdue = new OverdueSpan(invoice!, units, debtorKind!, rule!, firstDay, asOfDay, carryLastRateForward, settlementOrder, settlements);
        var walk = new AccrualWalk<BreakdownSink>(overdue, new BreakdownSink(rule!, carryLastRateForward, errors));
        walk.Run();
        settlements.Return();
        var tables = walk.Sink.Tables;
        if (errors.HasErrors)
        {
            Scratch<BreakdownTables>.Return(tables);
            return errors.ToInvalid<PenaltyBreakdown>();
        }

        var notes = walk.Sink.Notes;
        var total = Totals(invoice!, debtorKind!, rule!, walk.Interest, walk.SettledInterest, notes);
        var lines = InterestSharing.Share(tables, total.Interest);
        Scratch<BreakdownTables>.Return(tables);
        var exact = walk.Interest.Value(invoice!.Amount.Currency.UnitsPerMajor);
        var breakdown = new PenaltyBreakdown(invoice!, rule!, asOf, lines, exact, total.Interest, total.Compensation, nothingDue: null)
        {
            InterestPaid = total.InterestPaid,
            NoteTexts = notes,
        };
        return Result<PenaltyBreakdown>.Success(breakdown);
    }

    /// <summary>
    /// Computes the same figures as <see cref="Calculate"/> without the breakdown and without allocating, for runs over
    /// whole portfolios; says which reference rate is missing when that is why it fails, so that a run reports it
    /// instead of posting a stale figure.
    /// </summary>
    /// <param name="invoice">The receivable and its settlements.</param>
    /// <param name="debtorKind">The debtor's kind.</param>
    /// <param name="rule">The late-payment rule.</param>
    /// <param name="asOf">The last day interest runs to.</param>
    /// <param name="total">The figures — zero when nothing is late —, or default when the calculation fails.</param>
    /// <param name="missingRate">The series that does not know a rate the span needs (<see cref="ReferenceRateSeries.KnownUntil"/>
    /// says up to when it does), when that is why the calculation fails; null otherwise.</param>
    /// <param name="carryLastRateForward">Whether days after the known rate data take the last known rate.</param>
    /// <param name="settlementOrder">Whether settlements pay the principal or the accrued interest first; a value outside the enumeration is refused.</param>
    /// <returns>
    /// True when computed; false when <see cref="Calculate"/> would return an invalid result, which then names every
    /// problem.
    /// </returns>
    public static bool TryCalculateTotal(
        LateInvoice? invoice,
        DebtorKind? debtorKind,
        LatePaymentRule? rule,
        LocalDate asOf,
        out PenaltyTotal total,
        out ReferenceRateSeries? missingRate,
        bool carryLastRateForward = false,
        SettlementOrder settlementOrder = SettlementOrder.PrincipalFirst)
    {
        total = default;
        missingRate = null;
        var asOfDay = DayNumber.Of(asOf);
        if (!Check(invoice, debtorKind, rule, asOfDay, settlementOrder, errors: null, out var units, out var dueDay))
        {
            return false;
        }

        var settlements = SettlementSchedule.Rent(invoice!);
        var late = IsLate(invoice!, units, dueDay, rule!, asOfDay, settlements, out var firstDay, out _);
        if (!late || CompoundsBy(rule!, firstDay, asOfDay) is not null)
        {
            settlements.Return();
            var zero = Money.Zero(invoice!.Amount.Currency);
            total = late ? default : new PenaltyTotal(zero, zero, zero);
            return !late;
        }

        var overdue = new OverdueSpan(invoice!, units, debtorKind!, rule!, firstDay, asOfDay, carryLastRateForward, settlementOrder, settlements);
        var walk = new AccrualWalk<TotalOnlySink>(overdue, default);
        walk.Run();
        settlements.Return();
        if (walk.Sink.MissingIn is { } series)
        {
            missingRate = series;
            return false;
        }

        total = Totals(invoice!, debtorKind!, rule!, walk.Interest, walk.SettledInterest, notes: null);
        return true;
    }

    /// <summary>
    /// Checks the input; with <paramref name="errors"/> every problem is listed, without it the check stops at the first
    /// and builds no message. <paramref name="units"/> is the invoice's amount in minor units, <paramref name="dueDay"/> the
    /// day number of its due date.
    /// </summary>
    private static bool Check(LateInvoice? invoice, DebtorKind? debtorKind, LatePaymentRule? rule, int asOfDay, SettlementOrder order, ValidationErrors? errors, out long units, out int dueDay)
    {
        var valid = true;
        (units, dueDay) = (0, 0);
        bool Fail(string identifier, object? value, string why, string code)
        {
            errors?.Add(identifier, value, why, code);
            valid = false;
            return errors is null;
        }

        if (invoice is null)
        {
            if (Fail(nameof(invoice), null, "must be given", ErrorCodes.Required))
            {
                return false;
            }
        }
        else
        {
            // The walk counts minor units × days in a long: far beyond any invoice, but said rather than overflowed.
            dueDay = DayNumber.Of(invoice.DueDate);
            var overdueDays = Math.Max(1, asOfDay - dueDay);
            if (!invoice.Amount.TryWholeMinorUnits(out units) || units <= 0)
            {
                if (Fail("invoice.Amount", invoice.Amount, "must be positive, in whole minor units", ErrorCodes.OutOfRange))
                {
                    return false;
                }
            }
            else if (units > long.MaxValue / overdueDays
                && Fail("invoice.Amount", invoice.Amount, $"is too large to count interest over {overdueDays} days", ErrorCodes.OutOfRange))
            {
                return false;
            }

            for (var i = 0; i < invoice.Settlements.Count; i++)
            {
                var settlement = invoice.Settlements[i];
                if (settlement is null)
                {
                    if (Fail($"invoice.Settlements[{i}]", null, "must not be null", ErrorCodes.Required))
                    {
                        return false;
                    }
                }
                else if (!settlement.Amount.Currency.Equals(invoice.Amount.Currency))
                {
                    if (Fail($"invoice.Settlements[{i}].Amount", settlement.Amount, $"is not in {invoice.Amount.Currency.Code}", ErrorCodes.CurrencyMismatch))
                    {
                        return false;
                    }
                }
                else if ((!settlement.Amount.TryWholeMinorUnits(out var settled) || settled <= 0)
                    && Fail($"invoice.Settlements[{i}].Amount", settlement.Amount, "must be positive, in whole minor units", ErrorCodes.OutOfRange))
                {
                    return false;
                }
            }
        }

        if (debtorKind is null && Fail(nameof(debtorKind), null, "must be given", ErrorCodes.Required))
        {
            return false;
        }

        if (order is not (SettlementOrder.PrincipalFirst or SettlementOrder.InterestFirst)
            && Fail("settlementOrder", order, "is not a defined settlement order", ErrorCodes.OutOfRange))
        {
            return false;
        }

        if (rule is null)
        {
            Fail(nameof(rule), null, "must be given", ErrorCodes.Required);
        }
        else if (debtorKind is not null && invoice is not null && rule.Refuses(debtorKind, invoice.Amount.Currency) is { } refusal)
        {
            Fail(nameof(rule), rule.Name, refusal, ErrorCodes.OutOfRange);
        }
        else if (invoice is not null && rule.Lacks(invoice) is { } missing)
        {
            Fail(nameof(invoice), invoice.Id, missing, ErrorCodes.Required);
        }

        return valid;
    }

    /// <summary>The first anniversary of the default when a compounding rule reaches it by <paramref name="asOfDay"/>; null otherwise.</summary>
    private static LocalDate? CompoundsBy(LatePaymentRule rule, int firstDay, int asOfDay)
        => rule.CompoundsYearly && DayNumber.ToDate(firstDay).PlusYears(1) is var anniversary && asOfDay >= DayNumber.Of(anniversary) ? anniversary : null;

    /// <summary>
    /// Whether interest runs by <paramref name="asOfDay"/>: past the first day and the grace days, not settled in time.
    /// </summary>
    private static bool IsLate(LateInvoice invoice, long units, int dueDay, LatePaymentRule rule, int asOfDay, SettlementSchedule settlements, out int firstDay, out bool settledInTime)
    {
        var graceEnd = dueDay + rule.GraceDays;
        var left = units;
        for (var i = 0; i < settlements.Count && settlements.Day(i) <= graceEnd && left > 0; i++)
        {
            left -= Math.Min(left, settlements.Units(i));
        }

        settledInTime = left == 0;
        firstDay = Math.Max(rule.FirstDay(invoice, dueDay), dueDay + 1);
        return asOfDay >= firstDay && asOfDay > graceEnd && !settledInTime;
    }

    private static PenaltyTotal Totals(LateInvoice invoice, DebtorKind kind, LatePaymentRule rule, in ExactInterest exact, long settledInterest, List<PenaltyNote>? notes)
    {
        var currency = invoice.Amount.Currency;
        var interest = rule.AdjustInterest(exact.Rounded(currency), notes);
        var paid = settledInterest == 0L ? Money.Zero(currency) : Money.Min(interest, Money.FromMinorUnits(settledInterest, currency));
        var owed = rule.FixedCompensation(invoice.Amount, kind);
        return new PenaltyTotal(interest, paid, invoice.CompensationAlreadyCharged ? Money.Zero(owed.Currency) : owed);
    }
}
