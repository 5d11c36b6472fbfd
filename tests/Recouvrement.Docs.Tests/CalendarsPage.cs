using System.Globalization;
using NodaTime;
using Recouvrement.Calendars;
using Recouvrement.Debtors;
using Recouvrement.Scheduling;

namespace Recouvrement.Docs.Tests;

/// <summary>The samples of docs/calendars.md.</summary>
public class CalendarsPage
{
    [Fact]
    public void Business_days_and_a_legal_deadline()
    {
        // begin-snippet: calendars
        var france = BusinessCalendars.France;

        var reminder = france.AddBusinessDays(new LocalDate(2026, 5, 21), 3);        // 27 May: skips the weekend and Whit Monday
        var instalment = france.Adjust(new LocalDate(2026, 10, 31), BusinessDayConvention.ModifiedFollowing); // 30 October
        var notice = LegalDeadline.InDays(new LocalDate(2026, 11, 3), 8, france);    // 12 November: the 11th is Armistice Day

        Console.WriteLine(notice.Describe(new CultureInfo("fr-FR")));
        // end-snippet

        Assert.Equal((new LocalDate(2026, 5, 27), new LocalDate(2026, 10, 30), new LocalDate(2026, 11, 12)), (reminder, instalment, notice.End));
    }

    [Fact]
    public void Contact_hours()
    {
        // begin-snippet: contact-hours
        var hours = ContactHours.Default(BusinessCalendars.France);
        var paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

        // Saturday 23 May 2026 at 20:30 in Paris: Sunday and Whit Monday are closed, so Tuesday 26 May at 08:00.
        var call = hours.NextAllowed(ContactChannel.PhoneCall, Instant.FromUtc(2026, 5, 23, 18, 30), paris);
        // end-snippet

        Assert.Equal(new LocalDateTime(2026, 5, 26, 8, 0), call.LocalDateTime);
    }
}
