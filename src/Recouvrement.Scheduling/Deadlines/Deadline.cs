using System.Globalization;
using NodaTime;
using Recouvrement.Calendars;
using Recouvrement.Internal;

namespace Recouvrement.Scheduling;

/// <summary>A legal deadline: when it would end by the count alone, and when it ends once moved off a non-working day.</summary>
public sealed record Deadline
{
    /// <summary>Initializes a new instance of the <see cref="Deadline"/> record.</summary>
    /// <param name="event">The event that starts it (a notice received, a judgment served); it does not count.</param>
    /// <param name="nominalEnd">The last day by the count of days or months.</param>
    /// <param name="end">The last day: <paramref name="nominalEnd"/>, or the next business day when that is a Saturday, Sunday or holiday.</param>
    /// <param name="calendar">The name of the calendar that decided.</param>
    public Deadline(LocalDate @event, LocalDate nominalEnd, LocalDate end, string calendar)
    {
        Event = @event;
        NominalEnd = nominalEnd;
        End = end;
        Calendar = calendar;
    }

    /// <summary>Gets the event that starts it (a notice received, a judgment served); it does not count.</summary>
    public LocalDate Event { get; init; }

    /// <summary>Gets the last day by the count of days or months.</summary>
    public LocalDate NominalEnd { get; init; }

    /// <summary>Gets the last day: <see cref="NominalEnd"/>, or the next business day when that is a Saturday, Sunday or holiday.</summary>
    public LocalDate End { get; init; }

    /// <summary>Gets the name of the calendar that decided.</summary>
    public string Calendar { get; init; }

    /// <summary>Gets a value indicating whether the deadline was extended off a non-working day (CPC 642).</summary>
    public bool Extended => End != NominalEnd;

    /// <summary>Explains the deadline for a letter, in French for a French culture, in English otherwise.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>One sentence.</returns>
    public string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        var (end, nominal) = (wording.Date(End), wording.Date(NominalEnd));
        return (wording.IsFrench, Extended) switch
        {
            (true, true) => $"Délai expirant le {end} à 24 heures (le {nominal} n'étant pas un jour ouvrable, C. proc. civ. art. 641 et 642)",
            (true, false) => $"Délai expirant le {end} à 24 heures (C. proc. civ. art. 641 et 642)",
            (false, true) => $"Deadline ends on {end} at midnight ({nominal} is not a working day; French CPC art. 641 and 642)",
            _ => $"Deadline ends on {end} at midnight (French CPC art. 641 and 642)",
        };
    }

    /// <inheritdoc/>
    public override string ToString() => Describe(CultureInfo.InvariantCulture);

    internal static Deadline Ending(LocalDate eventDate, LocalDate nominalEnd, IBusinessCalendar calendar)
        => new(eventDate, nominalEnd, calendar.Adjust(nominalEnd, BusinessDayConvention.Following), calendar.Name);
}
