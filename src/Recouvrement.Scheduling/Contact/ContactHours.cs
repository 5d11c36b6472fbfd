using System.Collections.Generic;
using System.Linq;
using Ardalis.Result;
using NodaTime;
using NodaTime.TimeZones;
using Recouvrement.Calendars;
using Recouvrement.Debtors;
using Recouvrement.Internal;

namespace Recouvrement.Scheduling;

/// <summary>
/// When each channel may reach a debtor, in the debtor's time zone and calendar: a call or a text never at night, on a
/// Sunday or a public holiday; an email or a letter at any time unless the host restricts it. Finds the next allowed
/// instant for an action.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ContactHours
{
    // A window open on at least one weekday opens within a week and a few holidays; this bounds the search.
    private const int SearchDays = 31;

    private readonly Dictionary<ContactChannel, ContactWindow> windows;

    private ContactHours(IBusinessCalendar calendar, Dictionary<ContactChannel, ContactWindow> windows)
    {
        Calendar = calendar;
        this.windows = windows;
    }

    /// <summary>Gets the calendar whose public holidays windows may exclude.</summary>
    public IBusinessCalendar Calendar { get; }

    /// <summary>
    /// The default hours: calls and text messages within <see cref="ContactWindow.CallsAndTexts"/>, emails and letters at
    /// any time.
    /// </summary>
    /// <param name="calendar">The debtor's calendar.</param>
    /// <returns>The hours.</returns>
    public static ContactHours Default(IBusinessCalendar calendar)
        => new(
            calendar ?? throw new System.ArgumentNullException(nameof(calendar)),
            new Dictionary<ContactChannel, ContactWindow> { [ContactChannel.PhoneCall] = ContactWindow.CallsAndTexts, [ContactChannel.Sms] = ContactWindow.CallsAndTexts });

    /// <summary>Creates hours with the host's windows; a channel without a window may be used at any time.</summary>
    /// <param name="calendar">The debtor's calendar.</param>
    /// <param name="windows">The window of each restricted channel.</param>
    /// <returns>The hours, or an invalid result naming every problem.</returns>
    public static Result<ContactHours> Create(IBusinessCalendar? calendar, IReadOnlyDictionary<ContactChannel, ContactWindow?>? windows)
    {
        var problems = new ValidationErrors();
        void Fail(string field, object? value, string why) => problems.Add(field, value, why, ErrorCodes.OutOfRange);

        if (calendar is null)
        {
            Fail(nameof(calendar), null, "must be given");
        }

        foreach (var pair in windows ?? new Dictionary<ContactChannel, ContactWindow?>())
        {
            var field = $"windows[{pair.Key.Name}]";
            if (pair.Value is not { } window)
            {
                Fail(field, null, "must be given; leave the channel out to allow it at any time");
            }
            else if (window.Days is null || window.Days.Count == 0 || window.Days.Any(d => d is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday))
            {
                Fail($"{field}.Days", window.Days is null ? null : string.Join(", ", window.Days), "must list at least one valid weekday");
            }
            else if (window.From >= window.To)
            {
                Fail($"{field}.To", window.To, $"must be after {window.From.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)}");
            }
        }

        return problems.ToResult(() => new ContactHours(calendar!, windows?.ToDictionary(p => p.Key, p => p.Value!) ?? []));
    }

    /// <summary>The same windows under another calendar: a debtor abroad is not called on its own country's holidays.</summary>
    /// <param name="calendar">The debtor's calendar.</param>
    /// <returns>The hours; this instance when the calendar is already its own.</returns>
    public ContactHours WithCalendar(IBusinessCalendar calendar)
        => ReferenceEquals(calendar ?? throw new System.ArgumentNullException(nameof(calendar)), Calendar) ? this : new ContactHours(calendar, windows);

    /// <summary>Gets the window of <paramref name="channel"/>, or null when it may be used at any time.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>The window, or null.</returns>
    public ContactWindow? WindowOf(ContactChannel channel) => windows.TryGetValue(channel, out var window) ? window : null;

    /// <summary>Returns whether <paramref name="channel"/> may reach the debtor at <paramref name="at"/>.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="at">The moment, in the debtor's time zone.</param>
    /// <returns>True when allowed.</returns>
    public bool IsAllowed(ContactChannel channel, ZonedDateTime at)
        => WindowOf(channel) is not { } window
            || (window.Holds(at.DayOfWeek, at.TimeOfDay) && !(window.ExcludesHolidays && Calendar.IsPublicHoliday(at.Date)));

    /// <summary>
    /// Returns the first instant at or after <paramref name="from"/> when <paramref name="channel"/> may reach a debtor in
    /// <paramref name="zone"/>: <paramref name="from"/> itself when allowed, otherwise the opening of the next allowed
    /// window (a local time skipped by a clock change moves forward with it).
    /// </summary>
    /// <param name="channel">The channel.</param>
    /// <param name="from">The earliest instant.</param>
    /// <param name="zone">The debtor's time zone.</param>
    /// <returns>The instant, in the debtor's time zone.</returns>
    /// <exception cref="System.InvalidOperationException">The window never opens within a month.</exception>
    public ZonedDateTime NextAllowed(ContactChannel channel, Instant from, DateTimeZone zone)
    {
        var start = from.InZone(zone ?? throw new System.ArgumentNullException(nameof(zone)));
        if (WindowOf(channel) is not { } window || IsAllowed(channel, start))
        {
            return start;
        }

        var date = start.Date;
        for (var i = 0; i <= SearchDays; i++, date = date.PlusDays(1))
        {
            if (!window.Contains(date.DayOfWeek) || (window.ExcludesHolidays && Calendar.IsPublicHoliday(date)))
            {
                continue;
            }

            var opening = i == 0 && start.TimeOfDay > window.From ? start.TimeOfDay : window.From;
            if (opening < window.To)
            {
                var zoned = zone.ResolveLocal(date.At(opening), Resolvers.LenientResolver);
                return zoned.ToInstant() < from ? start : zoned;
            }
        }

        throw new System.InvalidOperationException($"The {channel.Name} window never opens within {SearchDays} days.");
    }
}
