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
/// <para>Simple interest: base × rate × days / 365, from the day after the due date to the as-of date, both included.
/// The span is cut where the rate changes and where a settlement lowers the base (from the day after it is received).
/// Interest is exact per span and rounded once, half away from zero, to the currency's minor unit; the rounded total is
/// then shared over the lines so that they add up to it. A daily figure is never rounded and then multiplied.</para>
/// <para>Settlements reduce the principal. (Imputing them to interest first, C. civ. 1343-1, is not offered yet.)</para>
/// </remarks>
public static class PenaltyCalculator
{
    private const decimal DaysPerYear = 365m;

    /// <summary>Computes the penalties of <paramref name="invoice"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="invoice">The receivable and its settlements.</param>
    /// <param name="debtorKind">The debtor's kind: some rules exclude consumers, compensation is B2B only.</param>
    /// <param name="rule">The late-payment rule.</param>
    /// <param name="asOf">The last day interest runs to.</param>
    /// <param name="carryLastRateForward">Whether days after the known rate data take the last known rate.</param>
    /// <returns>
    /// The breakdown — zero with the reason when nothing is late — or an invalid result listing every problem: bad
    /// amounts, a currency mismatch, a rule that does not apply to the debtor, missing rate data.
    /// </returns>
    public static Result<PenaltyBreakdown> Calculate(
        LateInvoice? invoice,
        DebtorKind? debtorKind,
        LatePaymentRule? rule,
        LocalDate asOf,
        bool carryLastRateForward = false)
    {
        var errors = Check(invoice, debtorKind, rule);
        if (errors.HasErrors)
        {
            return errors.ToInvalid<PenaltyBreakdown>();
        }

        var currency = invoice!.Amount.Currency;
        var settlements = invoice.Settlements.OrderBy(s => s.Date).ToArray();
        var settledByDue = settlements.Where(s => s.Date <= invoice.DueDate).Sum(s => s.Amount.Amount) >= invoice.Amount.Amount;
        var firstDay = LocalDate.Max(rule!.FirstDay(invoice), invoice.DueDate.PlusDays(1));
        if (asOf < firstDay || settledByDue)
        {
            return Result<PenaltyBreakdown>.Success(PenaltyBreakdown.Nothing(invoice, rule, asOf, settledByDue));
        }

        var periods = new List<RatePeriod>();
        rule.AddPeriods(invoice, firstDay, asOf, debtorKind!, carryLastRateForward, periods, errors);
        if (errors.HasErrors)
        {
            return errors.ToInvalid<PenaltyBreakdown>();
        }

        var lines = Lines(invoice, settlements, periods);
        var exact = lines.Sum(l => l.ExactAmount);
        var interest = new Money(Math.Round(exact, currency.MinorUnits, MidpointRounding.AwayFromZero), currency);
        lines = ShareRoundedTotal(lines, interest);
        var owed = rule.FixedCompensation(invoice.Amount, debtorKind!);
        var compensation = invoice.CompensationAlreadyCharged ? Money.Zero(owed.Currency) : owed;
        return Result<PenaltyBreakdown>.Success(new PenaltyBreakdown(invoice, rule, asOf, lines, exact, interest, compensation, null));
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

    private static List<InterestLine> Lines(LateInvoice invoice, Settlement[] settlements, List<RatePeriod> periods)
    {
        var currency = invoice.Amount.Currency;
        var lines = new List<InterestLine>();
        foreach (var period in periods)
        {
            var from = period.From;
            while (from <= period.To)
            {
                // The base drops the day after a settlement: cut the span there.
                var to = period.To;
                foreach (var settlement in settlements)
                {
                    var drop = settlement.Date.PlusDays(1);
                    if (drop > from && drop <= to)
                    {
                        to = drop.PlusDays(-1);
                    }
                }

                var paid = settlements.Where(s => s.Date < from).Sum(s => s.Amount.Amount);
                var principal = invoice.Amount.Amount - paid;
                if (principal > 0m)
                {
                    var days = Period.DaysBetween(from, to) + 1;
                    var exact = principal * period.Rate.Fraction * days / DaysPerYear;
                    lines.Add(new InterestLine(from, to, days, new Money(principal, currency), period, exact, Money.Zero(currency)));
                }

                from = to.PlusDays(1);
            }
        }

        return lines;
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
