using System.Globalization;
using NodaTime;
using Recouvrement.Internal;
using Recouvrement.Plans;

namespace Recouvrement.Cases;

/// <summary>
/// A payment plan was agreed (<i>échéancier</i>): it replaces the ladder while it is kept; once broken, the ladder resumes
/// at a firmer step.
/// </summary>
public sealed record PlanAgreed : CaseEvent
{
    /// <summary>Initializes a new instance of the <see cref="PlanAgreed"/> record.</summary>
    /// <param name="date">The day it was agreed.</param>
    /// <param name="plan">The plan.</param>
    public PlanAgreed(LocalDate date, PaymentPlan plan)
        : base(date)
    {
        Plan = plan;
    }

    /// <summary>Gets the plan.</summary>
    public PaymentPlan Plan { get; init; }

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        if (Plan is null)
        {
            // Refused when recorded ("needs the plan"); the refusal still describes the event.
            return wording.Pick("payment plan", "échéancier");
        }

        var count = Plan.Instalments.Count;
        return wording.IsFrench
            ? $"échéancier de {Wording.French.Amount(Plan.Total)} en {count} échéances jusqu'au {Wording.French.Date(Plan.LastDueDate)}"
            : $"payment plan of {Wording.English.Amount(Plan.Total)} in {count} instalments until {Wording.English.Date(Plan.LastDueDate)}";
    }
}
