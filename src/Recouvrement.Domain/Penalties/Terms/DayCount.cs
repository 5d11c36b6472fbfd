using Ardalis.SmartEnum;

namespace Recouvrement.Penalties;

/// <summary>
/// How a year is counted when interest is prorated by days: the denominator of base × rate × days / year.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class DayCount : SmartEnum<DayCount>
{
    /// <summary>Actual/365 Fixed: every year has 365 days. The statutory rules of France, the EU directive, Germany and the UK use it.</summary>
    public static readonly DayCount Actual365Fixed = new(nameof(Actual365Fixed), 1, "Actual/365 Fixed", leapYear: 365, otherYear: 365);

    /// <summary>Actual/360: every year has 360 days (money-market and many bank contracts): slightly more interest.</summary>
    public static readonly DayCount Actual360 = new(nameof(Actual360), 2, "Actual/360", leapYear: 360, otherYear: 360);

    /// <summary>Actual/Actual (ISDA): days in a leap year count over 366, other days over 365; spans are cut at 1 January.</summary>
    public static readonly DayCount ActualActual = new(nameof(ActualActual), 3, "Actual/Actual (ISDA)", leapYear: 366, otherYear: 365);

    private readonly int leapYear;
    private readonly int otherYear;

    private DayCount(string name, int value, string label, int leapYear, int otherYear)
        : base(name, value)
    {
        Label = label;
        this.leapYear = leapYear;
        this.otherYear = otherYear;
    }

    /// <summary>Gets the usual market name, for breakdowns: "Actual/365 Fixed".</summary>
    public string Label { get; }

    /// <summary>Gets a value indicating whether the year basis depends on the year, so spans are cut at 1 January.</summary>
    internal bool CutsAtYearEnd => leapYear != otherYear;

    /// <summary>Gets the days every year counts when that does not depend on the year; null under Actual/Actual.</summary>
    internal int? FixedDaysInYear => CutsAtYearEnd ? null : otherYear;

    /// <summary>Returns the number of days a year of <paramref name="year"/> counts.</summary>
    /// <param name="year">The calendar year of the days counted.</param>
    /// <returns>365, 360 or 366.</returns>
    public int DaysInYear(int year) => NodaTime.CalendarSystem.Iso.GetDaysInYear(year) == 366 ? leapYear : otherYear;
}
