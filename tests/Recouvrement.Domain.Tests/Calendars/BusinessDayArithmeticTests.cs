using NodaTime;
using Recouvrement.Calendars;

namespace Recouvrement.Domain.Tests;

/// <summary>
/// Business-day arithmetic day by day and by the numbers: each direction, zero, a count backwards, each convention at a
/// month's end; and where the numbers answer themselves or leave it to the walk.
/// </summary>
public class BusinessDayArithmeticTests
{
    private static readonly Holidays Plain = new();
    private static readonly NumberedHolidays Numbered = new([]);
    private static readonly LocalDate Friday = new(2026, 3, 6);
    private static readonly LocalDate Saturday = new(2026, 3, 7);
    private static readonly LocalDate Monday = new(2026, 3, 9);

    public static TheoryData<string> Calendars => ["plain", "numbered"];

    private static IBusinessCalendar Of(string name) => name == "plain" ? Plain : Numbered;

    [Theory]
    [MemberData(nameof(Calendars))]
    public void Adding_zero_one_or_minus_one_from_a_business_day_and_a_weekend(string name)
    {
        var calendar = Of(name);

        Assert.Equal(Monday, calendar.AddBusinessDays(Monday, 0));
        Assert.Equal(Monday, calendar.AddBusinessDays(Saturday, 0));
        Assert.Equal(Monday, calendar.AddBusinessDays(Friday, 1));
        Assert.Equal(Friday, calendar.AddBusinessDays(Monday, -1));
        Assert.Equal(Friday, calendar.AddBusinessDays(Saturday, -1));
        Assert.Equal(Monday, calendar.AddBusinessDays(Saturday, 1));
        Assert.Equal(new LocalDate(2026, 3, 20), calendar.AddBusinessDays(Monday, 9));
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void A_count_backwards_is_negative(string name)
    {
        var calendar = Of(name);

        Assert.Equal(1, calendar.BusinessDaysBetween(Friday, Monday));
        Assert.Equal(-1, calendar.BusinessDaysBetween(Monday, Friday));
        Assert.Equal(0, calendar.BusinessDaysBetween(Saturday, Saturday));
        Assert.Equal(-5, calendar.BusinessDaysBetween(new LocalDate(2027, 1, 4), new LocalDate(2026, 12, 28)));
    }

    [Fact]
    public void The_next_and_previous_business_days_skip_the_weekend()
    {
        Assert.Equal(Monday, Plain.NextBusinessDay(Friday));
        Assert.Equal(Friday, Plain.PreviousBusinessDay(Monday));
        Assert.Equal(Friday, Plain.PreviousBusinessDay(Saturday));
    }

    [Fact]
    public void Each_convention_moves_a_weekend_day_its_way()
    {
        var endOfJanuary = new LocalDate(2026, 1, 31);

        Assert.Equal(endOfJanuary, Plain.Adjust(endOfJanuary, BusinessDayConvention.Unadjusted));
        Assert.Equal(new LocalDate(2026, 2, 2), Plain.Adjust(endOfJanuary, BusinessDayConvention.Following));
        Assert.Equal(new LocalDate(2026, 1, 30), Plain.Adjust(endOfJanuary, BusinessDayConvention.Preceding));
        Assert.Equal(new LocalDate(2026, 1, 30), Plain.Adjust(endOfJanuary, BusinessDayConvention.ModifiedFollowing));
        Assert.Equal(Monday, Plain.Adjust(Saturday, BusinessDayConvention.ModifiedFollowing));
        Assert.Equal(Friday, Plain.Adjust(Friday, BusinessDayConvention.Preceding));
    }

    [Fact]
    public void A_missing_calendar_is_named()
    {
        IBusinessCalendar none = null!;

        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => none.AddBusinessDays(Monday, 1)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => none.BusinessDaysBetween(Monday, Friday)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => none.Adjust(Saturday, BusinessDayConvention.Following)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => none.NextBusinessDay(Monday)).ParamName);
    }

    [Fact]
    public void Within_and_between_inner_years_the_numbers_answer_themselves()
    {
        Assert.True(IndexedBusinessDays.TryAdd(Numbered, Monday, 9, out var landed));
        Assert.Equal(new LocalDate(2026, 3, 20), landed);
        Assert.True(IndexedBusinessDays.TryAdd(Numbered, Monday, 0, out landed));
        Assert.Equal(Monday, landed);
        Assert.True(IndexedBusinessDays.TryAdd(Numbered, Saturday, 0, out landed));
        Assert.Equal(Monday, landed);
        Assert.True(IndexedBusinessDays.TryAdd(Numbered, new LocalDate(2026, 12, 28), 10, out landed));
        Assert.Equal(Plain.AddBusinessDays(new LocalDate(2026, 12, 28), 10), landed);
        Assert.True(IndexedBusinessDays.TryAdd(Numbered, new LocalDate(2027, 1, 5), -10, out landed));
        Assert.Equal(Plain.AddBusinessDays(new LocalDate(2027, 1, 5), -10), landed);
        Assert.True(IndexedBusinessDays.TryAdd(Numbered, new LocalDate(2026, 1, 1), 600, out landed));
        Assert.Equal(Plain.AddBusinessDays(new LocalDate(2026, 1, 1), 600), landed);

        Assert.True(IndexedBusinessDays.TryCount(Numbered, new LocalDate(2025, 12, 1), new LocalDate(2027, 2, 1), out var count));
        Assert.Equal(Plain.BusinessDaysBetween(new LocalDate(2025, 12, 1), new LocalDate(2027, 2, 1)), count);
    }

    [Fact]
    public void In_or_next_to_the_first_and_last_years_the_walk_answers()
    {
        Assert.False(IndexedBusinessDays.TryAdd(Numbered, new LocalDate(9999, 6, 1), 1, out _));
        Assert.False(IndexedBusinessDays.TryAdd(Numbered, new LocalDate(-9998, 6, 1), -1, out _));
        Assert.False(IndexedBusinessDays.TryAdd(Numbered, new LocalDate(9998, 12, 20), 20, out _));
        Assert.False(IndexedBusinessDays.TryAdd(Numbered, new LocalDate(-9997, 1, 10), -20, out _));
        Assert.False(IndexedBusinessDays.TryAdd(Numbered, new LocalDate(9990, 1, 1), 366 * 9, out _));
        Assert.True(IndexedBusinessDays.TryAdd(Numbered, new LocalDate(9998, 1, 5), 10, out _));
        Assert.True(IndexedBusinessDays.TryAdd(Numbered, new LocalDate(-9997, 12, 20), -10, out _));

        Assert.False(IndexedBusinessDays.TryCount(Numbered, new LocalDate(9998, 12, 1), new LocalDate(9999, 1, 4), out _));
        Assert.False(IndexedBusinessDays.TryCount(Numbered, new LocalDate(-9998, 12, 1), new LocalDate(-9997, 1, 4), out _));
        Assert.True(IndexedBusinessDays.TryCount(Numbered, new LocalDate(-9997, 12, 1), new LocalDate(-9996, 1, 4), out _));
    }

    [Fact]
    public void Across_a_year_end_next_to_a_closed_year_the_walk_answers()
    {
        var closed = new NumberedHolidays([], 2027);

        Assert.False(IndexedBusinessDays.TryAdd(closed, new LocalDate(2026, 12, 20), 10, out _));
        Assert.False(IndexedBusinessDays.TryAdd(closed, new LocalDate(2028, 1, 10), -10, out _));
        Assert.True(IndexedBusinessDays.TryAdd(closed, new LocalDate(2026, 11, 2), 10, out _));
    }
}
