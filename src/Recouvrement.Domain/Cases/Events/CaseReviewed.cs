using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>
/// A person reviewed a case the ladder has nothing more for (<see cref="CaseActionKind.ReviewCase"/>): the next review
/// falls <see cref="CasePolicy.ReviewIntervalDays"/> later. The decision taken goes in the note, or in its own event
/// (a closure, a new plan).
/// </summary>
public sealed record CaseReviewed : CaseEvent
{
    /// <summary>Initializes a new instance of the <see cref="CaseReviewed"/> record.</summary>
    /// <param name="date">The day of the review.</param>
    public CaseReviewed(LocalDate date)
        : base(date)
    {
    }

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        return (wording.Pick("case reviewed", "dossier revu")) + (Note is null ? string.Empty : wording.Pick(": ", " : ") + Note);
    }
}
