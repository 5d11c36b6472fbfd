using System;
using System.Collections.Generic;
using System.Linq;
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
    /// <param name="settlementOrder">Whether settlements pay the principal or the accrued interest first.</param>
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
        var errors = Check(invoice, debtorKind, rule);
        if (errors.HasErrors)
        {
            return errors.ToInvalid<PenaltyBreakdown>();
        }

        var currency = invoice!.Amount.Currency;
        var settlements = invoice.Settlements.OrderBy(s => s.Date).ToArray();
        var graceEnd = invoice.DueDate.PlusDays(rule!.GraceDays);
        var settledInTime = settlements.Where(s => s.Date <= graceEnd).Sum(s => s.Amount.Amount) >= invoice.Amount.Amount;
        var firstDay = LocalDate.Max(rule.FirstDay(invoice), invoice.DueDate.PlusDays(1));
        if (asOf < firstDay || asOf <= graceEnd || settledInTime)
        {
            return Result<PenaltyBreakdown>.Success(PenaltyBreakdown.Nothing(invoice, rule, asOf, settledInTime));
        }

        var periods = new List<RatePeriod>();
        var notes = new List<PenaltyNote>();
        rule.AddPeriods(invoice, firstDay, asOf, debtorKind!, carryLastRateForward, periods, notes, errors);
        if (errors.HasErrors)
        {
            return errors.ToInvalid<PenaltyBreakdown>();
        }

        var lines = Lines(invoice, settlements, periods, rule, settlementOrder, out var settledInterest);
        if (rule.Method == InterestMethod.AverageDailyBalance)
        {
            lines = AverageByMonth(lines);
        }

        var exact = lines.Sum(l => l.ExactAmount);
        var interest = rule.AdjustInterest(new Money(Math.Round(exact, currency.MinorUnits, MidpointRounding.AwayFromZero), currency), notes);
        lines = ShareRoundedTotal(lines, interest);
        var paid = Money.Min(interest, new Money(Math.Round(settledInterest, currency.MinorUnits, MidpointRounding.AwayFromZero), currency));
        var owed = rule.FixedCompensation(invoice.Amount, debtorKind!);
        var compensation = invoice.CompensationAlreadyCharged ? Money.Zero(owed.Currency) : owed;
        return Result<PenaltyBreakdown>.Success(new PenaltyBreakdown(invoice, rule, asOf, lines, exact, interest, compensation, nothingDue: null) { InterestPaid = paid, NoteTexts = notes });
    }
    private static ValidationErrors Check(LateInvoice? invoice, DebtorKind? debtorKind, LatePaymentRule? rule)
    {
        var errors = new ValidationErrors();
        if (invoice is null)
        {
            errors.Add(nameof(invoice), null, "must be given", ErrorCodes.Required);
        }
        else
        {
            if (!invoice.Amount.IsPositive || !invoice.Amount.IsWholeMinorUnits)
            {
                errors.Add("invoice.Amount", invoice.Amount, "must be positive, in whole minor units", ErrorCodes.OutOfRange);
            }

            for (var i = 0; i < invoice.Settlements.Count; i++)
            {
                var settlement = invoice.Settlements[i];
                if (settlement is null)
                {
                    errors.Add($"invoice.Settlements[{i}]", null, "must not be null", ErrorCodes.Required);
                }
                else if (!settlement.Amount.Currency.Equals(invoice.Amount.Currency))
                {
                    errors.Add($"invoice.Settlements[{i}].Amount", settlement.Amount, $"is not in {invoice.Amount.Currency.Code}", ErrorCodes.CurrencyMismatch);
                }
                else if (!settlement.Amount.IsPositive)
                {
                    errors.Add($"invoice.Settlements[{i}].Amount", settlement.Amount, "must be positive", ErrorCodes.OutOfRange);
                }
            }
        }

        if (debtorKind is null)
        {
            errors.Add(nameof(debtorKind), null, "must be given", ErrorCodes.Required);
        }

        if (rule is null)
        {
            errors.Add(nameof(rule), null, "must be given", ErrorCodes.Required);
        }
        else if (debtorKind is not null && invoice is not null && rule.Refuses(debtorKind, invoice.Amount.Currency) is { } refusal)
        {
            errors.Add(nameof(rule), rule.Name, refusal, ErrorCodes.OutOfRange);
        }
        else if (invoice is not null && rule.Lacks(invoice) is { } missing)
        {
            errors.Add(nameof(invoice), invoice.Id, missing, ErrorCodes.Required);
        }

        return errors;
    }

    private static List<InterestLine> Lines(
        LateInvoice invoice,
        Settlement[] settlements,
        List<RatePeriod> periods,
        LatePaymentRule rule,
        SettlementOrder order,
        out decimal settledInterest)
    {
        var currency = invoice.Amount.Currency;
        var dayCount = rule.DayCount;
        var byMonth = rule.Method == InterestMethod.AverageDailyBalance;
        var lines = new List<InterestLine>();
        var principal = invoice.Amount.Amount;
        var unpaidInterest = 0m;
        settledInterest = 0m;
        var next = 0;
        foreach (var period in periods)
        {
            var from = period.From;
            while (from <= period.To)
            {
                // Settlements received before this day: each pays accrued interest first when asked to, then principal.
                for (; next < settlements.Length && settlements[next].Date < from; next++)
                {
                    var amount = settlements[next].Amount.Amount;
                    if (order == SettlementOrder.InterestFirst)
                    {
                        var toInterest = Math.Min(amount, unpaidInterest);
                        unpaidInterest -= toInterest;
                        settledInterest += toInterest;
                        amount -= toInterest;
                    }

                    principal = Math.Max(0m, principal - amount);
                }

                var to = period.To;
                if (next < settlements.Length && settlements[next].Date < to)
                {
                    // The base drops the day after the next settlement: cut the span there.
                    to = settlements[next].Date;
                }

                if (dayCount.CutsAtYearEnd && to.Year != from.Year)
                {
                    to = new LocalDate(from.Year, 12, 31);
                }

                if (byMonth && (to.Year != from.Year || to.Month != from.Month))
                {
                    to = from.With(DateAdjusters.EndOfMonth);
                }

                if (principal > 0m)
                {
                    var days = Period.DaysBetween(from, to) + 1;
                    var basis = dayCount.DaysInYear(from.Year);
                    var exact = principal * period.Rate.Fraction * days / basis;
                    unpaidInterest += exact;
                    lines.Add(new InterestLine(from, to, days, new Money(principal, currency), period, exact, Money.Zero(currency)) { YearBasis = basis });
                }

                from = to.PlusDays(1);
            }
        }

        return lines;
    }

    /// <summary>
    /// One line per calendar month: the average daily balance over the month's overdue days, at the rate of the month's
    /// first overdue day.
    /// </summary>
    private static List<InterestLine> AverageByMonth(List<InterestLine> lines)
    {
        var months = new List<InterestLine>();
        for (var start = 0; start < lines.Count;)
        {
            var first = lines[start];
            var end = start;
            var days = 0;
            var balanceDays = 0m;
            while (end < lines.Count && lines[end].From.Year == first.From.Year && lines[end].From.Month == first.From.Month)
            {
                days += lines[end].Days;
                balanceDays += lines[end].Base.Amount * lines[end].Days;
                end++;
            }

            var average = balanceDays / days;
            var exact = average * first.Period.Rate.Fraction * days / first.YearBasis;
            months.Add(first with { To = lines[end - 1].To, Days = days, Base = new Money(average, first.Base.Currency), ExactAmount = exact });
            start = end;
        }

        return months;
    }

    private static List<InterestLine> ShareRoundedTotal(List<InterestLine> lines, Money interest)
    {
        if (lines.Count == 0 || lines.All(l => l.ExactAmount <= 0m) || !interest.IsPositive)
        {
            return lines;
        }

        var shares = interest.Allocate(lines.Select(l => Math.Max(l.ExactAmount, 0m)).ToArray());
        return lines.Select((line, i) => line with { Amount = shares[i] }).ToList();
    }
}
