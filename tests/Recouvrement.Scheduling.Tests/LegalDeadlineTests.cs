using System.Globalization;
using NodaTime;
using Snapshooter.Xunit;

namespace Recouvrement.Scheduling.Tests;

public class LegalDeadlineTests
{
    private static readonly BusinessCalendar France = BusinessCalendars.France;

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void A_deadline_in_days_starts_the_day_after_the_event()
    {
        // CPC 641: the day of the event does not count. A formal notice received on Monday 2 November 2026 with 8 days
        // to pay: the deadline ends on Tuesday 10 November.
        var deadline = LegalDeadline.InDays(D(2026, 11, 2), 8, France);
        Assert.Equal((D(2026, 11, 10), D(2026, 11, 10), false), (deadline.NominalEnd, deadline.End, deadline.Extended));
    }

    [Fact]
    public void A_deadline_ending_on_a_holiday_or_weekend_runs_to_the_next_working_day()
    {
        // CPC 642: 3 November + 8 days = Wednesday 11 November (Armistice Day) → Thursday 12 November.
        Assert.Equal(D(2026, 11, 12), LegalDeadline.InDays(D(2026, 11, 3), 8, France).End);

        // 7 November + 15 days = Sunday 22 November → Monday 23 November.
        Assert.Equal(D(2026, 11, 23), LegalDeadline.InDays(D(2026, 11, 7), 15, France).End);
    }

    [Fact]
    public void A_deadline_in_months_ends_on_the_same_day_or_the_last_day_of_a_shorter_month()
    {
        // CPC 641 al. 2: 15 March + 2 months = 15 May 2026 (a Friday).
        Assert.Equal(D(2026, 5, 15), LegalDeadline.InMonths(D(2026, 3, 15), 2, France).End);

        // 31 January + 1 month: February has no 31st, so the last day, 28 February 2026 — a Saturday: Monday 2 March.
        var shorter = LegalDeadline.InMonths(D(2026, 1, 31), 1, France);
        Assert.Equal((D(2026, 2, 28), D(2026, 3, 2)), (shorter.NominalEnd, shorter.End));

        // The proof of claim: two months after a publication on 30 December 2025 → 28 February 2026, again moved to 2 March.
        Assert.Equal(D(2026, 3, 2), LegalDeadline.InMonths(D(2025, 12, 30), 2, France).End);
    }

    [Fact]
    public void Bad_counts_are_programmer_errors()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LegalDeadline.InDays(D(2026, 1, 1), 0, France));
        Assert.Throws<ArgumentNullException>(() => LegalDeadline.InMonths(D(2026, 1, 1), 1, null!));
    }

    [Fact]
    public void The_deadline_explains_itself_in_french_and_english()
    {
        var deadline = LegalDeadline.InDays(D(2026, 11, 3), 8, France);
        Snapshot.Match(deadline.Describe(new CultureInfo("fr-FR")) + "\n" + deadline.Describe(CultureInfo.InvariantCulture));
    }
}
