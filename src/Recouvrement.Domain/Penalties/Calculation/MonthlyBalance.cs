using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>
/// The average-daily-balance month being summed: one line per calendar month, the average daily balance over the
/// month's overdue days at the rate of its first overdue day.
/// </summary>
internal struct MonthlyBalance
{
    private int monthEnd;
    private Accrual month;

    /// <summary>Whether a line of the month ending on <paramref name="monthEnd"/> (a day number) joins this one.</summary>
    public readonly bool Holds(int monthEnd) => month.Days == 0 || this.monthEnd == monthEnd;

    /// <summary>Adds <paramref name="line"/> of the month ending on <paramref name="monthEnd"/>.</summary>
    public void Add(int monthEnd, in Accrual line)
    {
        month = month.Days == 0 ? line
            : month with { To = line.To, Days = month.Days + line.Days, BalanceDays = month.BalanceDays + line.BalanceDays };
        this.monthEnd = monthEnd;
    }

    /// <summary>Hands the month's line, if any, to the sink and its interest to the sum; starts afresh.</summary>
    public void Flush<TSink>(ref TSink sink, ref ExactInterest interest)
        where TSink : IAccrualSink
    {
        if (month.Days == 0)
        {
            return;
        }

        // average × rate × days = balance-days × rate: the average is for the breakdown, the interest stays exact.
        interest.Add(month.BalanceDays, month.Rate, month.YearBasis);
        sink.Line(month);
        this = default;
    }
}
