using System.Globalization;
using NodaTime;
using Recouvrement.Internal;
using Recouvrement.Plans;

namespace Recouvrement.Cases;

/// <summary>
/// A payment plan was agreed (<i>échéancier</i>): it replaces the ladder while it is kept; once broken, the ladder resumes
/// at a firmer step.
/// </summary>
/// <param name="Date">The day it was agreed.</param>
/// <param name="Plan">The plan.</param>
public sealed record PlanAgreed(LocalDate Date, PaymentPlan Plan) : CaseEvent(Date)
{
    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
    {
        var french = IsFrench(culture);
        var count = Plan.Instalments.Count;
        return french
            ? $"échéancier de {Text.Amount(Plan.Total, true)} en {count} échéances jusqu'au {Text.Date(Plan.LastDueDate, true)}"
            : $"payment plan of {Text.Amount(Plan.Total, false)} in {count} instalments until {Text.Date(Plan.LastDueDate, false)}";
    }
}
