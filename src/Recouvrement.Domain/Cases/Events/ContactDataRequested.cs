using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>
/// A collector was asked to find the contact data a step needs (<see cref="CaseActionKind.CompleteContactData"/>): the
/// task is not asked again for <see cref="CasePolicy.ReviewIntervalDays"/>, and the step goes out as soon as the debtor
/// can be reached.
/// </summary>
public sealed record ContactDataRequested : CaseEvent
{
    /// <summary>Initializes a new instance of the <see cref="ContactDataRequested"/> record.</summary>
    /// <param name="date">The day the task was handed over.</param>
    public ContactDataRequested(LocalDate date)
        : base(date)
    {
    }

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        return (wording.Pick("contact data requested", "coordonnées demandées")) + (Note is null ? string.Empty : wording.Pick(": ", " : ") + Note);
    }
}
