using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>
/// A person reviewed a case the ladder has nothing more for (<see cref="CaseActionKind.ReviewCase"/>): the next review
/// falls <see cref="CasePolicy.ReviewIntervalDays"/> later. The decision taken goes in the note, or in its own event
/// (a closure, a new plan).
/// </summary>
/// <param name="Date">The day of the review.</param>
public sealed record CaseReviewed(LocalDate Date) : CaseEvent(Date)
{
    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        return (wording.Pick("case reviewed", "dossier revu")) + (Note is null ? string.Empty : wording.Pick(": ", " : ") + Note);
    }
}
