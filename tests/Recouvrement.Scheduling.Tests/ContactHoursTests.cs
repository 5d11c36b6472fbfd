using NodaTime;
using Recouvrement.Debtors;

namespace Recouvrement.Scheduling.Tests;

public class ContactHoursTests
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly ContactHours France = ContactHours.Default(BusinessCalendars.France);

    private static Instant At(DateTimeZone zone, int year, int month, int day, int hour, int minute = 0)
        => zone.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    [Fact]
    public void A_call_inside_the_window_goes_now()
    {
        var now = At(Paris, 2026, 11, 23, 10, 30);
        Assert.Equal(now, France.NextAllowed(ContactChannel.PhoneCall, now, Paris).ToInstant());
    }

    [Fact]
    public void A_call_at_night_waits_for_eight_in_the_debtor_s_zone()
    {
        // 21:00 in Paris on Monday 23 November → Tuesday 08:00 Paris.
        var next = France.NextAllowed(ContactChannel.PhoneCall, At(Paris, 2026, 11, 23, 21), Paris);
        Assert.Equal(new LocalDateTime(2026, 11, 24, 8, 0), next.LocalDateTime);

        // The same instant seen from London is 20:00 there: already closed, so 08:00 London the next morning.
        Assert.Equal(new LocalDateTime(2026, 11, 24, 8, 0), ContactHours.Default(BusinessCalendars.EnglandAndWales).NextAllowed(ContactChannel.Sms, At(Paris, 2026, 11, 23, 21), London).LocalDateTime);
    }

    [Fact]
    public void No_calls_on_sundays_or_public_holidays()
    {
        // Saturday 23 May 2026 at 20:30 → Sunday, then Whit Monday: Tuesday 26 May at 08:00.
        Assert.Equal(new LocalDateTime(2026, 5, 26, 8, 0), France.NextAllowed(ContactChannel.PhoneCall, At(Paris, 2026, 5, 23, 20, 30), Paris).LocalDateTime);

        // A holiday on a Saturday is excluded too: Saturday 14 July 2029 → Monday 16 July.
        Assert.False(France.IsAllowed(ContactChannel.Sms, At(Paris, 2029, 7, 14, 10).InZone(Paris)));
        Assert.Equal(new LocalDateTime(2029, 7, 16, 8, 0), France.NextAllowed(ContactChannel.Sms, At(Paris, 2029, 7, 14, 10), Paris).LocalDateTime);
    }

    [Fact]
    public void Emails_and_letters_go_at_any_time_by_default()
    {
        var sundayNight = At(Paris, 2026, 11, 22, 23);
        Assert.True(France.IsAllowed(ContactChannel.Email, sundayNight.InZone(Paris)));
        Assert.Equal(sundayNight, France.NextAllowed(ContactChannel.Letter, sundayNight, Paris).ToInstant());
    }

    [Fact]
    public void A_window_opening_in_a_clock_change_gap_moves_forward_with_it()
    {
        // A host opens SMS at 02:30 on Sundays; on 29 March 2026 Paris clocks jump from 02:00 to 03:00.
        var hours = ContactHours.Create(BusinessCalendars.France, new Dictionary<ContactChannel, ContactWindow?>
        {
            [ContactChannel.Sms] = new([IsoDayOfWeek.Sunday], new LocalTime(2, 30), new LocalTime(4, 0), excludesHolidays: false),
        }).Value;

        var next = hours.NextAllowed(ContactChannel.Sms, At(Paris, 2026, 3, 29, 1), Paris);

        Assert.Equal(new LocalDateTime(2026, 3, 29, 3, 30), next.LocalDateTime);
    }

    [Fact]
    public void Enforcement_hours_follow_l141_1()
    {
        var hours = ContactHours.Create(BusinessCalendars.France, new Dictionary<ContactChannel, ContactWindow?> { [ContactChannel.Letter] = ContactWindow.Enforcement }).Value;
        Assert.Equal(new LocalDateTime(2026, 11, 24, 6, 0), hours.NextAllowed(ContactChannel.Letter, At(Paris, 2026, 11, 23, 21, 0), Paris).LocalDateTime);
        Assert.True(hours.IsAllowed(ContactChannel.Letter, At(Paris, 2026, 11, 23, 20, 59).InZone(Paris)));
    }

    [Fact]
    public void Bad_windows_are_all_listed()
    {
        var result = ContactHours.Create(null, new Dictionary<ContactChannel, ContactWindow?>
        {
            [ContactChannel.Sms] = new([], new LocalTime(8, 0), new LocalTime(20, 0), true),
            [ContactChannel.PhoneCall] = new([IsoDayOfWeek.Monday], new LocalTime(20, 0), new LocalTime(8, 0), true),
            [ContactChannel.Email] = null,
        });

        Assert.Equal(
            ["calendar = null: must be given", "windows[Sms].Days = \"\": must list at least one valid weekday", "windows[PhoneCall].To = 08:00: must be after 20:00", "windows[Email] = null: must be given; leave the channel out to allow it at any time"],
            result.ValidationErrors.Select(e => e.ErrorMessage));
    }
}
