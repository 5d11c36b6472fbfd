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
        var asOfDay = DayNumber.Of(asOf);
        if (!Check(invoice, debtorKind, rule, asOfDay, errors, out var units, out var dueDay))
        {
            return errors.ToInvalid<PenaltyBreakdown>();
        }

        if (!IsLate(invoice!, units, dueDay, rule!, asOfDay, out var firstDay, out var settledInTime))
        {
            return Result<PenaltyBreakdown>.Success(PenaltyBreakdown.Nothing(invoice!, rule!, asOf, settledInTime));
        }

        if (CompoundsBy(rule!, firstDay, asOfDay) is { } anniversary)
        {
            errors.Add(nameof(asOf), asOf, $"{rule!.Name} adds each full year's interest to the base from {Iso.Date(anniversary)} on (BW 6:119(2), 6:119a(3)); simple interest is computed for the first year of default only", ErrorCodes.OutOfRange);
            return errors.ToInvalid<PenaltyBreakdown>();
        }

        var lines = new Lines(invoice!, rule!, carryLastRateForward, errors);
        var exact = Walk(invoice!, units, debtorKind!, rule!, firstDay, asOfDay, carryLastRateForward, settlementOrder, ref lines, out var settledInterest);
        if (errors.HasErrors)
        {
            return errors.ToInvalid<PenaltyBreakdown>();
        }

        var total = Totals(invoice!, debtorKind!, rule!, exact, settledInterest, lines.Notes);
        var breakdown = new PenaltyBreakdown(invoice!, rule!, asOf, lines.Share(total.Interest), exact.Value(invoice!.Amount.Currency.UnitsPerMajor), total.Interest, total.Compensation, nothingDue: null)
        {
            InterestPaid = total.InterestPaid,
            NoteTexts = lines.Notes,
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
        out ReferenceRateSeries? missingRate,
        bool carryLastRateForward = false,
        SettlementOrder settlementOrder = SettlementOrder.PrincipalFirst)
    {
        total = default;
        missingRate = null;
        var asOfDay = DayNumber.Of(asOf);
        if (!Check(invoice, debtorKind, rule, asOfDay, errors: null, out var units, out var dueDay))
        {
            return false;
        }

        if (!IsLate(invoice!, units, dueDay, rule!, asOfDay, out var firstDay, out _))
        {
            var zero = Money.Zero(invoice!.Amount.Currency);
            total = new PenaltyTotal(zero, zero, zero);
            return true;
        }

        if (CompoundsBy(rule!, firstDay, asOfDay) is not null)
        {
            return false;
        }

        var sink = new TotalOnly();
        var exact = Walk(invoice!, units, debtorKind!, rule!, firstDay, asOfDay, carryLastRateForward, settlementOrder, ref sink, out var settledInterest);
        if (sink.MissingIn is { } series)
        {
            missingRate = series;
            return false;
        }

        total = Totals(invoice!, debtorKind!, rule!, exact, settledInterest, notes: null);
        return true;
    }

    /// <summary>
    /// Checks the input; with <paramref name="errors"/> every problem is listed, without it the check stops at the first
    /// and builds no message. <paramref name="units"/> is the invoice's amount in minor units, <paramref name="dueDay"/> the
    /// day number of its due date.
    /// </summary>
    private static bool Check(LateInvoice? invoice, DebtorKind? debtorKind, LatePaymentRule? rule, int asOfDay, ValidationErrors? errors, out long units, out int dueDay)
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
                else if (invoice.SettlementUnits[i] == 0
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
    private static bool IsLate(LateInvoice invoice, long units, int dueDay, LatePaymentRule rule, int asOfDay, out int firstDay, out bool settledInTime)
    {
        var graceEnd = dueDay + rule.GraceDays;
        var (days, amounts) = (invoice.DaysByDate, invoice.UnitsByDate);
        var left = units;
        for (var i = 0; i < days.Length && days[i] <= graceEnd && left > 0; i++)
        {
            left -= Math.Min(left, amounts[i]);
        }

        settledInTime = left == 0;
        firstDay = Math.Max(rule.FirstDay(invoice, dueDay), dueDay + 1);
        return asOfDay >= firstDay && asOfDay > graceEnd && !settledInTime;
    }

    /// <summary>
    /// Walks <paramref name="firstDay"/>..<paramref name="last"/> (day numbers) span by span — cut where the rate changes, the day after
    /// each settlement, at 1 January under Actual/Actual, at each month's end under the average daily balance — handing
    /// each line to <paramref name="sink"/>; returns the exact interest. Amounts are counted in minor units: the base
    /// and the settlements are whole, so base × days is an integer and only the rate brings decimals in.
    /// </summary>
    private static ExactSum Walk<TSink>(
        LateInvoice invoice,
        long units,
        DebtorKind kind,
        LatePaymentRule rule,
        int firstDay,
        int last,
        bool carryForward,
        SettlementOrder order,
        ref TSink sink,
        out long settledInterest)
        where TSink : IAccrualSink
    {
        var (settlementDays, settlementUnits) = (invoice.DaysByDate, invoice.UnitsByDate);
        var dayCount = rule.DayCount;
        var fixedBasis = dayCount.FixedDaysInYear;
        var byMonth = rule.Method == InterestMethod.AverageDailyBalance;
        var month = default(MonthlyBalance);
        var interest = default(ExactSum);
        var principal = units;
        var unpaidInterest = 0m;
        var next = 0;
        settledInterest = 0L;
        for (var start = firstDay; start <= last;)
        {
            var span = rule.RateFrom(invoice, firstDay, start, kind, carryForward);
            var end = Math.Min(span.ToDay, last);
            if (span.MissingIn is not null)
            {
                sink.Missing(span);
                start = end + 1;
                continue;
            }

            var period = sink.Period(start, end, span);
            var rate = span.Fraction;

            // Σ base × days at one rate and basis, multiplied by the rate once: exact, and one product per span.
            var balanceDays = 0L;
            var basis = 0;
            for (var from = start; from <= end;)
            {
                // Settlements received before this day: each pays accrued interest first when asked to (in whole minor
                // units, as it is booked), then principal.
                for (; next < settlementDays.Length && settlementDays[next] < from; next++)
                {
                    var amount = settlementUnits[next];
                    if (order == SettlementOrder.InterestFirst)
                    {
                        var toInterest = Math.Min(amount, (long)Math.Round(unpaidInterest, MidpointRounding.AwayFromZero));
                        unpaidInterest -= toInterest;
                        settledInterest += toInterest;
                        amount -= toInterest;
                    }

                    principal -= Math.Min(principal, amount);
                }

                // The base drops the day after the next settlement: cut the span there.
                var to = next < settlementDays.Length ? Math.Min(end, settlementDays[next]) : end;
                var lineBasis = fixedBasis ?? 0;
                var monthKey = 0;
                if (fixedBasis is null || byMonth)
                {
                    var date = DayNumber.ToDate(from);
                    lineBasis = dayCount.DaysInYear(date.Year);
                    monthKey = (date.Year * 12) + date.Month;
                    to = Math.Min(to, DayNumber.Of(byMonth ? date.With(DateAdjusters.EndOfMonth) : new LocalDate(date.Year, 12, 31)));
                }

                if (principal > 0)
                {
                    var days = to - from + 1;
                    var lineBalanceDays = principal * days;
                    if (order == SettlementOrder.InterestFirst)
                    {
                        unpaidInterest += lineBalanceDays * rate.Value / lineBasis;
                    }

                    if (byMonth)
                    {
                        if (!month.Holds(monthKey))
                        {
                            month.Flush(ref sink, ref interest);
                        }

                        month.Add(monthKey, from, to, days, lineBalanceDays, rate, lineBasis, period);
                    }
                    else
                    {
                        if (lineBasis != basis)
                        {
                            interest.Add(balanceDays, rate, basis);
                            (balanceDays, basis) = (0L, lineBasis);
                        }

                        balanceDays += lineBalanceDays;
                        sink.Line(new Accrual(from, to, days, lineBalanceDays, rate, lineBasis, period));
                    }
                }

                from = to + 1;
            }

            interest.Add(balanceDays, rate, basis);
            start = end + 1;
        }

        month.Flush(ref sink, ref interest);
        return interest;
    }

    private static PenaltyTotal Totals(LateInvoice invoice, DebtorKind kind, LatePaymentRule rule, in ExactSum exact, long settledInterest, List<PenaltyNote>? notes)
    {
        var currency = invoice.Amount.Currency;
        var interest = rule.AdjustInterest(exact.Rounded(currency), notes);
        var paid = settledInterest == 0L ? Money.Zero(currency) : Money.Min(interest, Money.FromMinorUnits(settledInterest, currency));
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
    /// One interest line, as day numbers, before the rounded total is shared: Σ base × days in minor units at one rate
    /// over a year basis; <paramref name="Period"/> indexes the rate periods.
    /// </summary>
    private readonly record struct Accrual(int From, int To, int Days, long BalanceDays, ScaledDecimal Rate, int YearBasis, int Period)
    {
        /// <summary>The exact interest in minor units × the year basis: balance-days × rate.</summary>
        public decimal Numerator => BalanceDays * Rate.Value;

        /// <summary>The base, or under the average-daily-balance method the month's average.</summary>
        public Money Base(Currency currency)
            => BalanceDays % Days == 0 ? Money.FromMinorUnits(BalanceDays / Days, currency)
                : new Money(BalanceDays / (decimal)(Days * (long)currency.UnitsPerMajor), currency);
    }

    /// <summary>
    /// The exact interest as numerators (minor units × days × rate) summed per year basis and divided once: sums of
    /// short exact products are cheap, sums of 28-digit quotients are not. A day count has two bases at most (365 and
    /// 366 under Actual/Actual).
    /// </summary>
    private struct ExactSum
    {
        private Numerator first;
        private Numerator second;

        /// <summary>The exact interest in major units.</summary>
        public readonly decimal Value(int unitsPerMajor) => first.Value(unitsPerMajor) + second.Value(unitsPerMajor);

        /// <summary>The exact interest rounded once, half away from zero, to the currency's minor unit.</summary>
        public readonly Money Rounded(Currency currency)
            => second.Basis == 0 && first.TryRoundedUnits(out var units) ? Money.FromMinorUnits(units, currency)
                : new Money(Math.Round(Value(currency.UnitsPerMajor), currency.MinorUnits, MidpointRounding.AwayFromZero), currency);

        public void Add(long balanceDays, in ScaledDecimal rate, int yearBasis)
        {
            if (balanceDays == 0 || yearBasis == 0)
            {
                return;
            }

            if (first.Basis == 0 || first.Basis == yearBasis)
            {
                first.Add(yearBasis, balanceDays, rate);
            }
            else
            {
                second.Add(yearBasis, balanceDays, rate);
            }
        }
    }

    /// <summary>
    /// Σ balance-days × rate over one year basis, exact: a whole count of 10^-scale in a long while it stays far from
    /// overflow — rates have a few decimals, so it nearly always does, and integers add several times faster than
    /// decimals — and a decimal beyond.
    /// </summary>
    private struct Numerator
    {
        private long units;
        private int scale;
        private decimal beyond;
        private bool inDecimal;

        public int Basis { get; private set; }

        /// <summary>The sum in major units × the basis, divided by it: the exact interest.</summary>
        public readonly decimal Value(int unitsPerMajor)
            => Basis == 0 ? 0m : (inDecimal ? beyond : ScaledDecimal.ToDecimal(units, scale)) / (Basis * unitsPerMajor);

        /// <summary>The sum divided by the basis and rounded half away from zero, in integers; false past a long.</summary>
        public readonly bool TryRoundedUnits(out long rounded)
        {
            rounded = 0;
            if (Basis == 0)
            {
                return true;
            }

            var divisor = (long)Basis;
            if (inDecimal || !ScaledDecimal.TryScaleUp(ref divisor, scale))
            {
                return false;
            }

            var magnitude = Math.Abs(units);
            var whole = (magnitude / divisor) + ((magnitude % divisor) * 2 >= divisor ? 1L : 0L);
            rounded = units < 0 ? -whole : whole;
            return true;
        }

        public void Add(int basis, long balanceDays, in ScaledDecimal rate)
        {
            Basis = basis;
            if (!inDecimal && rate.Fits && TryAddUnits(balanceDays, rate))
            {
                return;
            }

            if (!inDecimal)
            {
                (beyond, inDecimal) = (ScaledDecimal.ToDecimal(units, scale), true);
            }

            beyond += balanceDays * rate.Value;
        }

        private bool TryAddUnits(long balanceDays, in ScaledDecimal rate)
        {
            // Sum and term at the finer of the two scales, each and their sum below the bound.
            var sum = units;
            if (!ScaledDecimal.TryScaleUp(ref sum, Math.Max(rate.Scale - scale, 0))
                || !ScaledDecimal.TryMultiply(balanceDays, rate.Units, out var term)
                || !ScaledDecimal.TryScaleUp(ref term, Math.Max(scale - rate.Scale, 0))
                || !ScaledDecimal.TryAdd(sum, term, out sum))
            {
                return false;
            }

            (units, scale) = (sum, Math.Max(scale, rate.Scale));
            return true;
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
        private long balanceDays;
        private ScaledDecimal rate;
        private int yearBasis;
        private int period;

        /// <summary>Whether a line of the month <paramref name="monthKey"/> (year × 12 + month) joins this one.</summary>
        public readonly bool Holds(int monthKey) => days == 0 || key == monthKey;

        public void Add(int monthKey, int from, int to, int days, long balanceDays, in ScaledDecimal rate, int yearBasis, int period)
        {
            if (this.days == 0)
            {
                (key, this.from, this.rate, this.yearBasis, this.period) = (monthKey, from, rate, yearBasis, period);
            }

            this.to = to;
            this.days += days;
            this.balanceDays += balanceDays;
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
            interest.Add(balanceDays, rate, yearBasis);
            sink.Line(new Accrual(from, to, days, balanceDays, rate, yearBasis, period));
            this = default;
        }
    }

    /// <summary>Keeps nothing but whether a rate was missing: the allocation-free path.</summary>
    private struct TotalOnly : IAccrualSink
    {
        /// <summary>Gets the first series found missing a rate.</summary>
        public ReferenceRateSeries? MissingIn { get; private set; }

        public readonly int Period(int from, int to, in RateSpan span) => 0;

        public void Missing(in RateSpan span) => MissingIn ??= span.MissingIn;

        public readonly void Line(in Accrual line)
        {
        }
    }

    /// <summary>
    /// Keeps the rate periods, notes, errors and lines of the breakdown: a value, so that the walk is compiled for it and
    /// calls it directly.
    /// </summary>
    private readonly struct Lines(LateInvoice invoice, LatePaymentRule rule, bool carryForward, ValidationErrors errors) : IAccrualSink
    {
        // Up to this many lines share the rounded total on the stack.
        private const int StackLines = 32;

        // The lists the walk fills, kept by the thread between breakdowns (which copy out of them); taken, not shared.
        [ThreadStatic]
        private static (List<Accrual> Lines, List<(RatePeriod Period, int From, int To)> Periods)? kept;

        private readonly (List<Accrual> Lines, List<(RatePeriod Period, int From, int To)> Periods) work = Take();

        public List<PenaltyNote> Notes { get; } = [];

        public int Period(int from, int to, in RateSpan span)
        {
            var period = span.ToPeriod(DayNumber.ToDate(from), DayNumber.ToDate(to));
            work.Periods.Add((period, from, to));
            if (rule.NoteOn(period) is { } note)
            {
                Notes.Add(note);
            }

            return work.Periods.Count - 1;
        }

        public void Missing(in RateSpan span)
            => errors.Add("rates", span.ReferenceDate, span.MissingIn!.Unknown(span.ReferenceDate, carryForward, out var code)!, code);

        public void Line(in Accrual line) => work.Lines.Add(line);

        /// <summary>
        /// The interest lines, sharing the rounded <paramref name="interest"/> so that they add up to it: each line gets its
        /// exact amount rounded down to the minor unit, and the units left over go to the lines with the largest
        /// remainders. When the rule's minimum or cap changed the total, it is shared in proportion to the exact amounts.
        /// Gives the thread its lists back.
        /// </summary>
        public InterestLine[] Share(Money interest)
        {
            var (lines, periods) = work;
            var currency = invoice.Amount.Currency;
            var count = lines.Count;
            Span<decimal> floors = count <= StackLines ? stackalloc decimal[count] : new decimal[count];
            Span<long> ranks = count <= StackLines ? stackalloc long[count] : new long[count];
            bool handedOut;
            if (WholeShares(floors, ranks))
            {
                handedOut = TryHandOut<long>(floors, ranks, interest);
            }
            else
            {
                Span<decimal> fractions = count <= StackLines ? stackalloc decimal[count] : new decimal[count];
                handedOut = DecimalShares(floors, fractions) && TryHandOut<decimal>(floors, fractions, interest);
            }

            Money[]? shares = null;
            if (!handedOut && interest.IsPositive && lines.Exists(line => line.Numerator > 0m))
            {
                shares = interest.Allocate(lines.ConvertAll(line => Math.Max(line.Numerator / line.YearBasis, 0m)));
            }
            else if (!handedOut)
            {
                floors.Clear();
            }

            var result = new InterestLine[count];
            for (var i = 0; i < result.Length; i++)
            {
                // A line's ends are mostly its period's: their dates are known.
                var line = lines[i];
                var (period, periodFrom, periodTo) = periods[line.Period];
                var from = line.From == periodFrom ? period.From : DayNumber.ToDate(line.From);
                var to = line.To == periodTo ? period.To : DayNumber.ToDate(line.To);
                var amount = shares?[i] ?? Money.FromMinorUnits((long)floors[i], currency);
                result[i] = new InterestLine(from, to, line.Days, line.Base(currency), period, amount)
                {
                    YearBasis = line.YearBasis,
                    Exact = (line.BalanceDays, line.Rate.Value),
                };
            }

            lines.Clear();
            periods.Clear();
            kept = work;
            return result;
        }

        private static (List<Accrual>, List<(RatePeriod, int, int)>) Take()
        {
            var taken = kept ?? ([], []);
            kept = null;
            return taken;
        }

        /// <summary>Hands out the units the floors leave of <paramref name="interest"/>; false when they leave none to hand or too many.</summary>
        private static bool TryHandOut<TRank>(Span<decimal> floors, ReadOnlySpan<TRank> ranks, Money interest)
            where TRank : IComparable<TRank>
        {
            var leftover = interest.ToMinorUnits();
            foreach (var floor in floors)
            {
                leftover -= floor;
            }

            if (leftover < 0m || leftover > floors.Length)
            {
                return false;
            }

            Money.HandOut(floors, ranks, (int)leftover, RemainderPlacement.First);
            return true;
        }

        /// <summary>
        /// Fills each line's interest in minor units, rounded down, and a rank of its remainder, in integers: when every
        /// rate has at most six decimals and every product fits, which is nearly always; false otherwise.
        /// </summary>
        private bool WholeShares(Span<decimal> floors, Span<long> ranks)
        {
            // Remainders are ranked as fractions of one denominator, 10^scale × a multiple of every year basis; at most
            // two bases (365 and 366) and six decimals keep the ranks far below 2^63.
            var lines = work.Lines;
            var (scale, bases) = (0, 1);
            foreach (var line in lines)
            {
                scale = Math.Max(scale, line.Rate.Scale);
                bases *= bases % line.YearBasis == 0 ? 1 : line.YearBasis;
                if (!line.Rate.Fits || scale > 6 || bases > 365 * 366)
                {
                    return false;
                }
            }

            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var rate = line.Rate.Units;
                if (!ScaledDecimal.TryScaleUp(ref rate, scale - line.Rate.Scale) || !ScaledDecimal.TryMultiply(line.BalanceDays, rate, out var numerator))
                {
                    return false;
                }

                // A negative rate is shared in decimals, which know a remainder's sign.
                if (numerator < 0)
                {
                    return false;
                }

                var divisor = line.YearBasis * ScaledDecimal.PowerOfTen(scale);
                floors[i] = numerator / divisor;
                ranks[i] = numerator % divisor * (bases / line.YearBasis);
            }

            return true;
        }

        /// <summary>Fills each line's interest in minor units, rounded down, and its fraction; false when one is negative.</summary>
        private bool DecimalShares(Span<decimal> floors, Span<decimal> fractions)
        {
            var lines = work.Lines;
            var positive = true;
            for (var i = 0; i < lines.Count; i++)
            {
                var units = lines[i].Numerator / lines[i].YearBasis;
                floors[i] = decimal.Floor(units);
                fractions[i] = units - floors[i];
                positive &= units >= 0m;
            }

            return positive;
        }
    }
}
