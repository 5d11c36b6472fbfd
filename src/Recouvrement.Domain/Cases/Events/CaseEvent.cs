using System.Globalization;
using NodaTime;
using Recouvrement.Escalation;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>
/// Something that happened on a collection case, on a date: the case's chronology is the list of its events and its
/// state follows from them. Hosts persist events as they are (see the Extensions package for JSON).
/// </summary>
public abstract record CaseEvent
{
    /// <summary>Initializes a new instance of the <see cref="CaseEvent"/> record.</summary>
    /// <param name="date">The day it happened.</param>
    private protected CaseEvent(LocalDate date)
    {
        Date = date;
    }

    /// <summary>Gets the day it happened.</summary>
    public LocalDate Date { get; init; }

    /// <summary>Gets the channel it went through, when it reached or came from the debtor.</summary>
    public StepChannel? Channel { get; init; }

    /// <summary>Gets the host's reference; it also tells apart two genuine, otherwise identical events on one day.</summary>
    public string? Reference { get; init; }

    /// <summary>Gets a free note by the collector.</summary>
    public string? Note { get; init; }

    /// <summary>Describes the event in one line, in French for a French culture, in English otherwise.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The text, without the date.</returns>
    public abstract string Describe(CultureInfo? culture);

    /// <summary>" by email", " par courriel", or nothing without a channel.</summary>
    private protected string By(Wording wording) => Channel is null ? string.Empty : wording.Pick(" by ", " par ") + Channel.LabelIn(wording);

    private protected static bool IsFrench(CultureInfo? culture) => culture?.TwoLetterISOLanguageName == "fr";
}
