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
        var errors = new ValidationErrors();
        if (!Check(invoice, debtorKind, rule, errors))
        {
            return errors.ToInvalid<PenaltyBreakdown>();
        }

        if (!IsLate(invoice!, rule!, asOf, out var firstDay, out var settledInTime))
        {
            return Result<PenaltyBreakdown>.Success(PenaltyBreakdown.Nothing(invoice!, rule!, asOf, settledInTime));
        }

        var lines = new Lines(invoice!, rule!, carryLastRateForward, errors);
        var exact = Walk(invoice!, debtorKind!, rule!, firstDay, asOf, carryLastRateForward, settlementOrder, ref lines, out var settledInterest);
        if (errors.HasErrors)
        {
            return errors.ToInvalid<PenaltyBreakdown>();
        }

        var total = Totals(invoice!, debtorKind!, rule!, exact, settledInterest, lines.Notes);
        var breakdown = new PenaltyBreakdown(invoice!, rule!, asOf, lines.Share(total.Interest), exact, total.Interest, total.Compensation, nothingDue: null)
        {
            InterestPaid = total.InterestPaid,
            NoteTexts = lines.Notes,
        };
        return Result<PenaltyBreakdown>.Success(breakdown);
    }

    /// <summary>
    /// Computes the same figures as <see cref="Calculate"/> without the breakdown and without allocating: for runs over
    /// whole portfolios.
    /// </summary>
    /// <param name="invoice">The receivable and its settlements.</param>
    /// <param name="debtorKind">The debtor's kind.</param>
    /// <param name="rule">The late-payment rule.</param>
    /// <param name="asOf">The last day interest runs to.</param>
    /// <param name="total">The figures — zero when nothing is late —, or default when the calculation fails.</param>
    /// <param name="carryLastRateForward">Whether days after the known rate data take the last known rate.</param>
    /// <param name="settlementOrder">Whether settlements pay the principal or the accrued interest first.</param>
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
        bool carryLastRateForward = false,
        SettlementOrder settlementOrder = SettlementOrder.PrincipalFirst)
    {
        total = default;
        if (!Check(invoice, debtorKind, rule, errors: null))
        {
            return false;
        }

        if (!IsLate(invoice!, rule!, asOf, out var firstDay, out _))
        {
            var zero = Money.Zero(invoice!.Amount.Currency);
            total = new PenaltyTotal(zero, zero, zero);
            return true;
        }

        var sink = new TotalOnly();
        var exact = Walk(invoice!, debtorKind!, rule!, firstDay, asOf, carryLastRateForward, settlementOrder, ref sink, out var settledInterest);
        if (sink.Failed)
        {
            return false;
        }

        total = Totals(invoice!, debtorKind!, rule!, exact, settledInterest, notes: null);
        return true;
    }

    /// <summary>
    /// Checks the input; with <paramref name="errors"/> every problem is listed, without it the check stops at the first
    /// and builds no message.
    /// </summary>
    private static bool Check(LateInvoice? invoice, DebtorKind? debtorKind, LatePaymentRule? rule, ValidationErrors? errors)
    {
        var valid = true;
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
            if ((!invoice.Amount.IsPositive || !invoice.Amount.IsWholeMinorUnits)
                && Fail("invoice.Amount", invoice.Amount, "must be positive, in whole minor units", ErrorCodes.OutOfRange))
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
                else if (!settlement.Amount.IsPositive && Fail($"invoice.Settlements[{i}].Amount", settlement.Amount, "must be positive", ErrorCodes.OutOfRange))
                {
                    return false;
                }
            }
        }

        if (debtorKind is null && Fail(nameof(debtorKind), null, "must be given", ErrorCodes.Required))
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

    /// <summary>Whether interest runs by <paramref name="asOf"/>: past the first day and the grace days, not settled in time.</summary>
    private static bool IsLate(LateInvoice invoice, LatePaymentRule rule, LocalDate asOf, out LocalDate firstDay, out bool settledInTime)
    {
        var graceEnd = invoice.DueDate.PlusDays(rule.GraceDays);
        var settled = 0m;
        foreach (var settlement in invoice.ByDate)
        {
            if (settlement.Date > graceEnd)
            {
                break;
            }

            settled += settlement.Amount.Amount;
        }

        settledInTime = settled >= invoice.Amount.Amount;
        firstDay = LocalDate.Max(rule.FirstDay(invoice), invoice.DueDate.PlusDays(1));
        return asOf >= firstDay && asOf > graceEnd && !settledInTime;
    }

    /// <summary>
    /// Walks <paramref name="firstDay"/>..<paramref name="asOf"/> span by span — cut where the rate changes, the day after
    /// each settlement, at 1 January under Actual/Actual, at each month's end under the average daily balance — handing
    /// each line to <paramref name="sink"/>; returns the exact interest.
    /// </summary>
    private static decimal Walk<TSink>(
        LateInvoice invoice,
        DebtorKind kind,
        LatePaymentRule rule,
        LocalDate firstDay,
        LocalDate asOf,
        bool carryForward,
        SettlementOrder order,
        ref TSink sink,
        out decimal settledInterest)
        where TSink : IAccrualSink
    {
        var settlements = invoice.ByDate;
        var settlementDays = invoice.DaysByDate;
        var dayCount = rule.DayCount;
        var fixedBasis = dayCount.FixedDaysInYear;
        var byMonth = rule.Method == InterestMethod.AverageDailyBalance;
        var month = default(MonthlyBalance);
        var interest = default(ExactSum);
        var principal = invoice.Amount.Amount;
        var unpaidInterest = 0m;
        var next = 0;
        var last = DayNumber.Of(asOf);
        settledInterest = 0m;
        for (var start = DayNumber.Of(firstDay); start <= last;)
        {
            var span = rule.RateFrom(invoice, firstDay, DayNumber.ToDate(start), kind, carryForward);
            var end = Math.Min(DayNumber.Of(span.To), last);
            if (span.MissingIn is not null)
            {
                sink.Missing(span);
                start = end + 1;
                continue;
            }

            var period = sink.Period(start, end, span);
            var rate = span.Rate.Fraction;

            // Σ base × days at one rate and basis, multiplied by the rate once: exact, and one product per span.
            var balanceDays = 0m;
            var basis = 0;
            for (var from = start; from <= end;)
            {
                // Settlements received before this day: each pays accrued interest first when asked to, then principal.
                for (; next < settlements.Length && settlementDays[next] < from; next++)
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

                // The base drops the day after the next settlement: cut the span there.
                var to = next < settlements.Length ? Math.Min(end, settlementDays[next]) : end;
                var lineBasis = fixedBasis ?? 0;
                var monthKey = 0;
                if (fixedBasis is null || byMonth)
                {
                    var date = DayNumber.ToDate(from);
                    lineBasis = dayCount.DaysInYear(date.Year);
                    monthKey = (date.Year * 12) + date.Month;
                    to = Math.Min(to, DayNumber.Of(byMonth ? date.With(DateAdjusters.EndOfMonth) : new LocalDate(date.Year, 12, 31)));
                }

                if (principal > 0m)
                {
                    var days = to - from + 1;
                    if (order == SettlementOrder.InterestFirst)
                    {
                        unpaidInterest += principal * rate * days / lineBasis;
                    }

                    if (byMonth)
                    {
                        if (!month.Holds(monthKey))
                        {
                            month.Flush(ref sink, ref interest);
                        }

                        month.Add(monthKey, from, to, days, principal, rate, lineBasis, period);
                    }
                    else
                    {
                        if (lineBasis != basis)
                        {
                            interest.Add(balanceDays * rate, basis);
                            (balanceDays, basis) = (0m, lineBasis);
                        }

                        var lineBalanceDays = principal * days;
                        balanceDays += lineBalanceDays;
                        sink.Line(new Accrual(from, to, days, lineBalanceDays, rate, lineBasis, period));
                    }
                }

                from = to + 1;
            }

            interest.Add(balanceDays * rate, basis);
            start = end + 1;
        }

        month.Flush(ref sink, ref interest);
        return interest.Value;
    }

    private static PenaltyTotal Totals(LateInvoice invoice, DebtorKind kind, LatePaymentRule rule, decimal exact, decimal settledInterest, List<PenaltyNote>? notes)
    {
        var currency = invoice.Amount.Currency;
        var interest = rule.AdjustInterest(new Money(Math.Round(exact, currency.MinorUnits, MidpointRounding.AwayFromZero), currency), notes);
        var paid = settledInterest == 0m ? Money.Zero(currency)
            : Money.Min(interest, new Money(Math.Round(settledInterest, currency.MinorUnits, MidpointRounding.AwayFromZero), currency));
        var owed = rule.FixedCompensation(invoice.Amount, kind);
        return new PenaltyTotal(interest, paid, invoice.CompensationAlreadyCharged ? Money.Zero(owed.Currency) : owed);
    }

    /// <summary>Where the walk hands rate periods, missing rates and interest lines.</summary>
    private interface IAccrualSink
    {
        /// <summary>A rate period starts (day numbers); returns its index for the lines that follow.</summary>
        int Period(int from, int to, in RateSpan span);

        void Missing(in RateSpan span);

        void Line(in Accrual line);
    }

    /// <summary>
    /// One interest line, as day numbers, before the rounded total is shared: Σ base × days at one rate over a year basis;
    /// <paramref name="Period"/> indexes the rate periods.
    /// </summary>
    private readonly record struct Accrual(int From, int To, int Days, decimal BalanceDays, decimal Rate, int YearBasis, int Period)
    {
        /// <summary>The base, or under the average-daily-balance method the month's average.</summary>
        public decimal Base => BalanceDays / Days;

        public decimal Exact => BalanceDays * Rate / YearBasis;
    }

    /// <summary>
    /// The exact interest as numerators summed per year basis and divided once: sums of short exact products are cheap,
    /// sums of 28-digit quotients are not. A day count has two bases at most (365 and 366 under Actual/Actual).
    /// </summary>
    private struct ExactSum
    {
        private int basis;
        private decimal sum;
        private int otherBasis;
        private decimal otherSum;

        public readonly decimal Value => (basis == 0 ? 0m : sum / basis) + (otherBasis == 0 ? 0m : otherSum / otherBasis);

        public void Add(decimal numerator, int yearBasis)
        {
            if (yearBasis == 0)
            {
                return;
            }

            if (basis == 0 || basis == yearBasis)
            {
                (basis, sum) = (yearBasis, sum + numerator);
            }
            else
            {
                (otherBasis, otherSum) = (yearBasis, otherSum + numerator);
            }
        }
    }

    /// <summary>
    /// The average-daily-balance month being summed: one line per calendar month, the average daily balance over the
    /// month's overdue days at the rate of its first overdue day.
    /// </summary>
    private struct MonthlyBalance
    {
        private int key;
        private int from;
        private int to;
        private int days;
        private decimal balanceDays;
        private decimal rate;
        private int yearBasis;
        private int period;

        /// <summary>Whether a line of the month <paramref name="monthKey"/> (year × 12 + month) joins this one.</summary>
        public readonly bool Holds(int monthKey) => days == 0 || key == monthKey;

        public void Add(int monthKey, int from, int to, int days, decimal principal, decimal rate, int yearBasis, int period)
        {
            if (this.days == 0)
            {
                (key, this.from, this.rate, this.yearBasis, this.period) = (monthKey, from, rate, yearBasis, period);
            }

            this.to = to;
            this.days += days;
            balanceDays += principal * days;
        }

        /// <summary>Hands the month's line, if any, to the sink and its interest to the sum; starts afresh.</summary>
        public void Flush<TSink>(ref TSink sink, ref ExactSum interest)
            where TSink : IAccrualSink
        {
            if (days == 0)
            {
                return;
            }

            // average × rate × days = balance-days × rate: the average is for the breakdown, the interest stays exact.
            interest.Add(balanceDays * rate, yearBasis);
            sink.Line(new Accrual(from, to, days, balanceDays, rate, yearBasis, period));
            this = default;
        }
    }

    /// <summary>Keeps nothing but whether a rate was missing: the allocation-free path.</summary>
    private struct TotalOnly : IAccrualSink
    {
        public bool Failed { get; private set; }

        public readonly int Period(int from, int to, in RateSpan span) => 0;

        public void Missing(in RateSpan span) => Failed = true;

        public readonly void Line(in Accrual line)
        {
        }
    }

    /// <summary>Keeps the rate periods, notes, errors and lines of the breakdown.</summary>
    private sealed class Lines(LateInvoice invoice, LatePaymentRule rule, bool carryForward, ValidationErrors errors) : IAccrualSink
    {
        private readonly List<RatePeriod> periods = [];
        private readonly List<Accrual> lines = [];

        public List<PenaltyNote> Notes { get; } = [];

        public int Period(int from, int to, in RateSpan span)
        {
            var period = span.ToPeriod(DayNumber.ToDate(from), DayNumber.ToDate(to));
            periods.Add(period);
            if (rule.NoteOn(period) is { } note)
            {
                Notes.Add(note);
            }

            return periods.Count - 1;
        }

        public void Missing(in RateSpan span)
            => errors.Add("rates", span.ReferenceDate, span.MissingIn!.Unknown(span.ReferenceDate, carryForward, out var code)!, code);

        public void Line(in Accrual line) => lines.Add(line);

        /// <summary>The interest lines, sharing the rounded <paramref name="interest"/> so that they add up to it.</summary>
        public InterestLine[] Share(Money interest)
        {
            var currency = invoice.Amount.Currency;
            var exacts = new decimal[lines.Count];
            var weights = new decimal[lines.Count];
            var anyPositive = false;
            for (var i = 0; i < weights.Length; i++)
            {
                exacts[i] = lines[i].Exact;
                weights[i] = Math.Max(exacts[i], 0m);
                anyPositive |= weights[i] > 0m;
            }

            var shares = anyPositive && interest.IsPositive ? interest.Allocate(weights) : null;
            var result = new InterestLine[lines.Count];
            for (var i = 0; i < result.Length; i++)
            {
                var line = lines[i];
                result[i] = new InterestLine(DayNumber.ToDate(line.From), DayNumber.ToDate(line.To), line.Days, new Money(line.Base, currency), periods[line.Period], exacts[i], shares?[i] ?? Money.Zero(currency))
                {
                    YearBasis = line.YearBasis,
                };
            }

            return result;
        }
    }
}
