using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Recouvrement.Calendars;
using Recouvrement.Scheduling;

namespace Recouvrement.Fuzz.Tests;

/// <summary>Business calendars across the whole ISO range, and calendars built from any weekend, rules and days.</summary>
[Trait("Category", "Fuzz")]
public sealed class CalendarFuzz
{
    private static readonly Gen<IBusinessCalendar> Calendars = Edges.Of<IBusinessCalendar>(
        BusinessCalendars.France, BusinessCalendars.FranceAlsaceMoselle, BusinessCalendars.Germany, BusinessCalendars.Belgium, BusinessCalendars.Italy,
        BusinessCalendars.Netherlands, BusinessCalendars.Spain, BusinessCalendars.EnglandAndWales, BusinessCalendars.WeekendsOnly,
        BusinessCalendar.Joint("FR+DE", BusinessCalendars.France, BusinessCalendars.Germany));

    private static readonly Gen<BusinessDayConvention> Conventions = Edges.Of(
        BusinessDayConvention.Unadjusted, BusinessDayConvention.Following, BusinessDayConvention.ModifiedFollowing, BusinessDayConvention.Preceding, (BusinessDayConvention)9);

    // Mostly distances a caller uses; now and then the int limits, which a calendar that is not an index walks day by day.
    private static readonly Gen<int> Distances = Gen.Frequency((6, Gen.Choose(-400, 400)), (1, Edges.Ints));

    [Fuzz]
    public Property Any_day_is_or_is_not_a_business_day()
        => Prop.ForAll(Calendars.ToArbitrary(), Edges.Dates.ToArbitrary(), (calendar, day) =>
        {
            _ = calendar.IsBusinessDay(day);
            _ = calendar.IsPublicHoliday(day);
        });

    [Fuzz]
    public Property Business_day_arithmetic_throws_only_what_it_documents()
        => Prop.ForAll(
            (from calendar in Calendars from day in Edges.Dates from days in Distances from other in Edges.Dates from convention in Conventions
             select (calendar, day, days, other, convention)).ToArbitrary(),
            input =>
            {
                var (calendar, day, days, other, convention) = input;
                Contract.ThrowsOnly(() => calendar.AddBusinessDays(day, days), typeof(InvalidOperationException), typeof(OverflowException));
                Contract.ThrowsOnly(() => calendar.Adjust(day, convention), typeof(InvalidOperationException), typeof(OverflowException));
                Contract.ThrowsOnly(() => calendar.NextBusinessDay(day), typeof(InvalidOperationException), typeof(OverflowException));
                Contract.ThrowsOnly(() => calendar.PreviousBusinessDay(day), typeof(InvalidOperationException), typeof(OverflowException));
                Contract.ThrowsOnly(() => calendar.BusinessDaysBetween(day, other));
            });

    [Fuzz]
    public Property A_calendar_of_any_weekend_rules_and_days_answers()
        => Prop.ForAll(
            (from name in Edges.Texts
             from weekend in Edges.OrNull(Edges.Many(Edges.Of(IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.None, (IsoDayOfWeek)42)))
             from rules in Edges.Many(Edges.OrNull(
                 from ruleName in Edges.Ids from month in Edges.Ints from day in Edges.Ints from offset in Edges.Ints
                 select month % 2 == 0 ? Safely(() => HolidayRule.FromEaster(ruleName, offset)) : Safely(() => HolidayRule.Fixed(ruleName, month, day))))
             from extra in Edges.Many(Edges.OrNull(from d in Edges.Dates from holidayName in Edges.Ids select new Holiday(d, holidayName)))
             from working in Edges.Many(Edges.Dates)
             from probe in Edges.Dates
             select (name, weekend, rules, extra, working, probe)).ToArbitrary(),
            input =>
            {
                var (name, weekend, rules, extra, working, probe) = input;
                var calendar = Contract.Answers(() => BusinessCalendar.Create(name, weekend, rules, extra, working));
                if (calendar.IsSuccess)
                {
                    _ = calendar.Value.IsBusinessDay(probe);
                    Contract.ThrowsOnly(() => calendar.Value.AddBusinessDays(probe, 10), typeof(InvalidOperationException), typeof(OverflowException));
                }
            });

    /// <summary>A rule's factory refuses impossible arguments (a 13th month) with an argument exception: a programmer error.</summary>
    private static HolidayRule? Safely(Func<HolidayRule> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
