using System.Globalization;
using NodaTime;

namespace Recouvrement.Cases;

/// <summary>
/// A collector was asked to find the contact data a step needs (<see cref="CaseActionKind.CompleteContactData"/>): the
/// task is not asked again for <see cref="CasePolicy.ReviewIntervalDays"/>, and the step goes out as soon as the debtor
/// can be reached.
/// </summary>
/// <param name="Date">The day the task was handed over.</param>
public sealed record ContactDataRequested(LocalDate Date) : CaseEvent(Date)
{
    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
    {
        var french = IsFrench(culture);
        return (french ? "coordonnées demandées" : "contact data requested") + (Note is null ? string.Empty : (french ? " : " : ": ") + Note);
    }
}
