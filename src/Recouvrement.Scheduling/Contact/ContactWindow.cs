using System.Collections.Generic;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Scheduling;

/// <summary>
/// When a debtor may be contacted on a channel, in the debtor's local time: the weekdays, the hours (from inclusive, to
/// exclusive) and whether public holidays are excluded.
/// </summary>
/// <param name="Days">The weekdays contact is allowed on; copied.</param>
/// <param name="From">The first allowed local time.</param>
/// <param name="To">The end of the window (exclusive), after <paramref name="From"/>.</param>
/// <param name="ExcludesHolidays">Whether public holidays of the debtor's calendar are excluded.</param>
public sealed record ContactWindow(IReadOnlyList<IsoDayOfWeek> Days, LocalTime From, LocalTime To, bool ExcludesHolidays)
{
    private static readonly ValueList<IsoDayOfWeek> MondayToSaturday = ValueList.Adopt(
        new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday });

    /// <summary>Gets the weekdays contact is allowed on. Copied: compared by content.</summary>
    public IReadOnlyList<IsoDayOfWeek> Days { get; init => field = ValueList.OrNull(value); } = ValueList.OrNull(Days);

    /// <summary>
    /// Gets the default quiet hours for calls and text messages: Monday to Saturday, 08:00 to 20:00, never on a public
    /// holiday. No law sets a number; this is the common practice of collection codes of conduct, and a policy setting.
    /// </summary>
    public static ContactWindow CallsAndTexts { get; } = new(MondayToSaturday, new LocalTime(8, 0), new LocalTime(20, 0), ExcludesHolidays: true);

    /// <summary>
    /// Gets the hours of enforcement and visits in France: never on a Sunday or public holiday, never before 06:00 or after
    /// 21:00 (C. proc. civ. exécution art. L141-1).
    /// </summary>
    public static ContactWindow Enforcement { get; } = new(MondayToSaturday, new LocalTime(6, 0), new LocalTime(21, 0), ExcludesHolidays: true);

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
