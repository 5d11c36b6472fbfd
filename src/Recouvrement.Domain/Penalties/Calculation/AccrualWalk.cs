using System;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>
/// The accrual of simple interest over an overdue span: cut where the rate changes, the day after each settlement, at
/// 1 January under Actual/Actual and at each month's end under the average daily balance; each line handed to a sink,
/// the interest summed exactly.
/// </summary>
/// <typeparam name="TSink">Where periods, lines and missing rates go: a value type, so the walk is compiled for it.</typeparam>
/// <remarks>
/// Amounts are counted in minor units: the base and the settlements are whole, so base × days is an integer and only the
/// rate brings decimals in; each rate period multiplies its Σ base × days by the rate once.
/// </remarks>
internal struct AccrualWalk<TSink>(in OverdueSpan overdue, TSink sink)
    where TSink : IAccrualSink
{
    private readonly OverdueSpan overdue = overdue;
    private readonly DayCount dayCount = overdue.Rule.DayCount;
    private readonly bool byMonth = overdue.Rule.Method == InterestMethod.AverageDailyBalance;

    // 0 under Actual/Actual, whose basis is the year's length.
    private readonly int fixedBasis = overdue.Rule.DayCount.FixedDaysInYear ?? 0;
    private TSink sink = sink;
    private Balance balance = new(overdue);
    private ExactInterest interest;
    private MonthlyBalance month;

    /// <summary>Gets the sink, as the walk left it.</summary>
    public readonly TSink Sink => sink;

    /// <summary>Gets the exact interest of the span, once <see cref="Run"/> has walked it.</summary>
    public readonly ExactInterest Interest => interest;

    /// <summary>Gets the interest the settlements paid, in minor units, when they pay interest first.</summary>
    public readonly long SettledInterest => balance.SettledInterest;

    /// <summary>Walks the span, period by period, handing each period, line and missing rate to the sink.</summary>
    public void Run()
    {
        for (var start = overdue.FirstDay; start <= overdue.LastDay;)
        {
            var span = overdue.Rule.RateFrom(overdue.Invoice, overdue.FirstDay, start, overdue.Kind, overdue.CarryForward);
            var end = Math.Min(span.ToDay, overdue.LastDay);
            if (span.MissingIn is not null)
            {
                sink.Missing(span);
            }
            else
            {
                AccruePeriod(start, end, span);
            }

            start = end + 1;
        }

        month.Flush(ref sink, ref interest);
    }

    /// <summary>One rate period: Σ base × days at one rate and year basis, multiplied by the rate once.</summary>
    private void AccruePeriod(int start, int end, in RateSpan span)
    {
        var period = sink.Period(start, end, span);
        var rate = span.Fraction;
        var (balanceDays, basis) = (0L, 0);
        for (var from = start; from <= end;)
        {
            balance.SettleBefore(from);

            // The base drops the day after the next settlement, a year basis ends on 31 December, a month on its last day.
            var to = Math.Min(end, balance.NextSettlementDay);
            var (lineBasis, monthEnd) = (fixedBasis, 0);
            if (lineBasis == 0 || byMonth)
            {
                var date = DayNumber.ToDate(from);
                lineBasis = dayCount.DaysInYear(date.Year);
                monthEnd = DayNumber.Of(byMonth ? date.With(DateAdjusters.EndOfMonth) : new LocalDate(date.Year, 12, 31));
                to = Math.Min(to, monthEnd);
            }

            if (balance.Principal > 0)
            {
                var line = new Accrual(from, to, to - from + 1, balance.Principal * (to - from + 1), rate, lineBasis, period);
                balance.Accrue(line);
                if (byMonth)
                {
                    if (!month.Holds(monthEnd))
                    {
                        month.Flush(ref sink, ref interest);
                    }

                    month.Add(monthEnd, line);
                }
                else
                {
                    if (lineBasis != basis)
                    {
                        interest.Add(balanceDays, rate, basis);
                        (balanceDays, basis) = (0L, lineBasis);
                    }

                    balanceDays += line.BalanceDays;
                    sink.Line(line);
                }
            }

            from = to + 1;
        }

        interest.Add(balanceDays, rate, basis);
    }

    /// <summary>
    /// The principal as the settlements lower it, each received before a day paying the interest accrued so far first
    /// when asked to (in whole minor units, as it is booked), then principal.
    /// </summary>
    private struct Balance(in OverdueSpan overdue)
    {
        private readonly SettlementSchedule settlements = overdue.Settlements;
        private readonly bool interestFirst = overdue.Order == SettlementOrder.InterestFirst;
        private decimal unpaidInterest;
        private int next;

        public long Principal { get; private set; } = overdue.Units;

        public long SettledInterest { get; private set; }

        /// <summary>The day of the next settlement not yet applied; int.MaxValue when none is left.</summary>
        public readonly int NextSettlementDay => next < settlements.Count ? settlements.Day(next) : int.MaxValue;

        /// <summary>Applies the settlements received before <paramref name="day"/>.</summary>
        public void SettleBefore(int day)
        {
            for (; next < settlements.Count && settlements.Day(next) < day; next++)
            {
                var amount = settlements.Units(next);
                if (interestFirst)
                {
                    var toInterest = Math.Min(amount, (long)Math.Round(unpaidInterest, MidpointRounding.AwayFromZero));
                    unpaidInterest -= toInterest;
                    SettledInterest += toInterest;
                    amount -= toInterest;
                }

                Principal -= Math.Min(Principal, amount);
            }
        }

        /// <summary>Counts the interest of <paramref name="line"/> as unpaid, for the settlements that pay interest first.</summary>
        public void Accrue(in Accrual line)
        {
            if (interestFirst)
            {
                unpaidInterest += line.BalanceDays * line.Rate.Value / line.YearBasis;
            }
        }
    }
}
