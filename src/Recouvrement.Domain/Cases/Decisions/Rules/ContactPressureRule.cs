using NodaTime;

namespace Recouvrement.Cases;

/// <summary>
/// At most <see cref="CasePolicy.MaxContacts"/> of our contacts in <see cref="CasePolicy.ContactWindowDays"/>: a ladder
/// step or a reason's action that would reach the debtor beyond it waits until the rolling window frees a contact
/// (<see cref="HoldKind.ContactPressure"/>).
/// </summary>
internal sealed class ContactPressureRule() : CaseRule("contact pressure")
{
    public override void Apply(CaseDecisionContext context)
    {
        for (var i = 0; i < context.ActionCount; i++)
        {
            var action = context.ActionAt(i);
            if ((action.Kind != CaseActionKind.TakeStep && action.Kind != CaseActionKind.ActOnReason) || action.Channel?.Reaches is null || PressureUntil(context) is not { } until)
            {
                continue;
            }

            var policy = context.Policy;
            context.Hold(new CaseHold(HoldKind.ContactPressure, until) { Detail = $"{policy.MaxContacts} in {policy.ContactWindowDays} days", Rule = Name });
            if (action.Step is not null)
            {
                context.PlanNextStep(action.Step, until.PlusDays(1));
            }

            context.ReplaceAt(i--, null);
        }
    }

    /// <summary>The last day of the contact-pressure hold, or null when another contact is allowed today.</summary>
    private static LocalDate? PressureUntil(CaseDecisionContext context)
    {
        var policy = context.Policy;
        var windowStart = context.AsOf.PlusDays(1 - policy.ContactWindowDays);
        var count = 0;
        LocalDate? oldest = null;
        foreach (var e in context.Events)
        {
            if (e.Date >= windowStart && CaseDecisionContext.IsOutboundContact(e))
            {
                count++;
                oldest ??= e.Date;
            }
        }

        return count >= policy.MaxContacts ? oldest!.Value.PlusDays(policy.ContactWindowDays - 1) : null;
    }
}
