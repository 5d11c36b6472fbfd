using System.Globalization;
using NodaTime;
using Recouvrement.Escalation;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>A ladder step went out: a reminder, the formal notice, the agency handover or the court filing.</summary>
/// <param name="Date">The day it went out.</param>
/// <param name="StepName">The ladder step's name.</param>
/// <param name="Kind">What the step is.</param>
public sealed record StepTaken(LocalDate Date, string StepName, StepKind Kind) : CaseEvent(Date)
{
    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        return (wording.IsFrench ? "étape « " + StepName + " »" : "step '" + StepName + "'") + By(wording);
    }
}
