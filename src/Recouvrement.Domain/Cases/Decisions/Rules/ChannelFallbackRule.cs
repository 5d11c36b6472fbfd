using NodaTime;

namespace Recouvrement.Cases;

/// <summary>
/// An action whose channel the debtor cannot be reached through takes the policy's first usable fallback
/// (<see cref="CasePolicy.Fallbacks"/>); with none, it becomes a task to complete the contact data and the case waits
/// for it (<see cref="HoldKind.NoUsableChannel"/>); once the task is handed over (<see cref="ContactDataRequested"/>) it
/// is not asked again before <see cref="CasePolicy.ReviewIntervalDays"/>.
/// </summary>
internal sealed class ChannelFallbackRule() : CaseRule("channel fallback")
{
    public override void Apply(CaseDecisionContext context)
    {
        for (var i = 0; i < context.ActionCount; i++)
        {
            var action = context.ActionAt(i);
            if (action.Channel?.Reaches is not { } needed || context.Statement.Debtor.CanBeReachedBy(needed))
            {
                continue;
            }

            var fallbacks = context.Policy.Fallbacks.TryGetValue(action.Channel, out var list) ? list : [];
            if (context.FirstUsable(fallbacks) is { } fallback)
            {
                context.ReplaceAt(i, action with { Channel = fallback, FallbackFrom = action.Channel });
                continue;
            }

            var missing = $"no contact has {needed.Requirement}";
            var askAgain = AskAgainOn(context);
            context.Hold(new CaseHold(HoldKind.NoUsableChannel, askAgain > context.AsOf ? askAgain : null) { Detail = missing, Rule = Name });
            if (askAgain > context.AsOf)
            {
                context.ReplaceAt(i--, null);
                continue;
            }

            context.ReplaceAt(i, action with { Kind = CaseActionKind.CompleteContactData, Channel = null, Missing = missing, RequiresApproval = false, Deadline = null, Rule = Name });
        }
    }

    /// <summary>The day the task may be asked again: a review interval after it was last handed over.</summary>
    private static LocalDate? AskAgainOn(CaseDecisionContext context)
    {
        LocalDate? last = null;
        foreach (var e in context.Case.EventArray)
        {
            last = e is ContactDataRequested ? e.Date : last;
        }

        return last?.PlusDays(context.Policy.ReviewIntervalDays);
    }
}
