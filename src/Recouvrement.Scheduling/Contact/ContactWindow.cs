using System.Collections.Generic;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Scheduling;

/// <summary>
/// When a debtor may be contacted on a channel, in the debtor's local time: the weekdays, the hours (from inclusive, to
/// exclusive) and whether public holidays are excluded.
/// </summary>
public sealed record ContactWindow
{
    private static readonly ValueList<IsoDayOfWeek> MondayToSaturday = ValueList.Adopt(
        new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday });

    /// <summary>Initializes a new instance of the <see cref="ContactWindow"/> record.</summary>
    /// <param name="days">The weekdays contact is allowed on; copied.</param>
    /// <param name="from">The first allowed local time.</param>
    /// <param name="to">The end of the window (exclusive), after <paramref name="from"/>.</param>
    /// <param name="excludesHolidays">Whether public holidays of the debtor's calendar are excluded.</param>
    public ContactWindow(IReadOnlyList<IsoDayOfWeek> days, LocalTime from, LocalTime to, bool excludesHolidays)
    {
        Days = ValueList.OrNull(days);
        From = from;
        To = to;
        ExcludesHolidays = excludesHolidays;
    }

    /// <summary>Gets the first allowed local time.</summary>
    public LocalTime From { get; init; }

    /// <summary>Gets the end of the window (exclusive), after <see cref="From"/>.</summary>
    public LocalTime To { get; init; }

    /// <summary>Gets a value indicating whether public holidays of the debtor's calendar are excluded.</summary>
    public bool ExcludesHolidays { get; init; }

    /// <summary>Gets the weekdays contact is allowed on. Copied: compared by content.</summary>
    public IReadOnlyList<IsoDayOfWeek> Days { get; init => field = ValueList.OrNull(value); }

    /// <summary>
    /// Gets the default quiet hours for calls and text messages: Monday to Saturday, 08:00 to 20:00, never on a public
    /// holiday. No law sets a number; this is the common practice of collection codes of conduct, and a policy setting.
    /// </summary>
    public static ContactWindow CallsAndTexts { get; } = new(MondayToSaturday, new LocalTime(8, 0), new LocalTime(20, 0), excludesHolidays: true);

    /// <summary>
    /// Gets the hours of enforcement and visits in France: never on a Sunday or public holiday, never before 06:00 or after
    /// 21:00 (C. proc. civ. exécution art. L141-1).
    /// </summary>
    public static ContactWindow Enforcement { get; } = new(MondayToSaturday, new LocalTime(6, 0), new LocalTime(21, 0), excludesHolidays: true);

    /// <summary>Returns whether <paramref name="time"/> on <paramref name="dayOfWeek"/> is inside the window, holidays aside.</summary>
    internal bool Holds(IsoDayOfWeek dayOfWeek, LocalTime time) => time >= From && time < To && Contains(dayOfWeek);

    internal bool Contains(IsoDayOfWeek dayOfWeek)
    {
        foreach (var day in Days)
        {
            if (day == dayOfWeek)
            {
                return true;
            }
        }

        return false;
    }
}
