using System.Globalization;
using NodaTime;
using Recouvrement.Escalation;

namespace Recouvrement.Cases;

/// <summary>
/// Something that happened on a collection case, on a date: the case's chronology is the list of its events and its
/// state follows from them. Hosts persist events as they are (see the Extensions package for JSON).
/// </summary>
/// <param name="Date">The day it happened.</param>
public abstract record CaseEvent(LocalDate Date)
{
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
    private protected string By(bool french) => Channel is null ? string.Empty : (french ? " par " : " by ") + Channel.LabelIn(french);

    private protected static bool IsFrench(CultureInfo? culture) => culture?.TwoLetterISOLanguageName == "fr";
}
