using System.Globalization;
using NodaTime;
using Recouvrement.Escalation;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>A ladder step went out: a reminder, the formal notice, the agency handover or the court filing.</summary>
public sealed record StepTaken : CaseEvent
{
    /// <summary>Initializes a new instance of the <see cref="StepTaken"/> record.</summary>
    /// <param name="date">The day it went out.</param>
    /// <param name="stepName">The ladder step's name.</param>
    /// <param name="kind">What the step is.</param>
    public StepTaken(LocalDate date, string stepName, StepKind kind)
        : base(date)
    {
        StepName = stepName;
        Kind = kind;
    }

    /// <summary>Gets the ladder step's name.</summary>
    public string StepName { get; init; }

    /// <summary>Gets what the step is.</summary>
    public StepKind Kind { get; init; }

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        return (wording.IsFrench ? "étape « " + StepName + " »" : "step '" + StepName + "'") + By(wording);
    }
}
