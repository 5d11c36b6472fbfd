using NodaTime;

namespace Recouvrement.Plans;

/// <summary>How often a payment plan's instalments fall.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class PlanFrequency : Vocabulary<PlanFrequency>
{
    /// <summary>Every week.</summary>
    public static readonly PlanFrequency Weekly = new(nameof(Weekly), 1, "weekly", "hebdomadaire", days: 7, months: 0);

    /// <summary>Every two weeks.</summary>
    public static readonly PlanFrequency Fortnightly = new(nameof(Fortnightly), 2, "fortnightly", "bimensuel", days: 14, months: 0);

    /// <summary>Every month, on the same day of the month (see <see cref="MonthEndRule"/>).</summary>
    public static readonly PlanFrequency Monthly = new(nameof(Monthly), 3, "monthly", "mensuel", days: 0, months: 1);

    /// <summary>Every three months.</summary>
    public static readonly PlanFrequency Quarterly = new(nameof(Quarterly), 4, "quarterly", "trimestriel", days: 0, months: 3);

    private readonly int days;
    private readonly int months;

    private PlanFrequency(string name, int value, string label, string frenchLabel, int days, int months)
        : base(name, value, label, frenchLabel)
        => (this.days, this.months) = (days, months);

    /// <summary>Gets how many periods make a year (52, 26, 12, 4): an interest-bearing plan's periodic rate is the annual rate divided by it.</summary>
    public int PeriodsPerYear => days > 0 ? 364 / days : 12 / months;

    /// <summary>The start of the period that ends on <paramref name="due"/>: one period before it.</summary>
    internal LocalDate PeriodBefore(LocalDate due) => days > 0 ? due.PlusDays(-days) : due.PlusMonths(-months);

    /// <summary>
    /// Whether instalment <paramref name="count"/> of a series starting on <paramref name="first"/> falls on or before
    /// <paramref name="last"/>, a month's end; counted in days or months, without building a date beyond the calendar.
    /// </summary>
    internal bool EndsBy(LocalDate first, int count, LocalDate last)
        => days > 0
            ? Period.DaysBetween(first, last) >= (long)days * (count - 1)
            : (((last.Year - first.Year) * 12L) + last.Month - first.Month) >= (long)months * (count - 1);

    /// <summary>The date of instalment <paramref name="index"/> (0 for the first) of a series starting on <paramref name="first"/>.</summary>
    internal LocalDate Nth(LocalDate first, LocalDate previous, int index, MonthEndRule rule)
        => index == 0 ? first
            : days > 0 ? first.PlusDays(days * index)
            : rule == MonthEndRule.ReturnToAnchorDay ? first.PlusMonths(months * index)
            : previous.PlusMonths(months);
}
