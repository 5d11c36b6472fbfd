using NodaTime;
using Recouvrement.Reasons;

namespace Recouvrement.Scheduling;

/// <summary>What every action the run makes for one entry shares: the debtor, the reason, the ladder's segment, the run date.</summary>
internal readonly record struct SharedByActions(string DebtorId, UnpaidReason? Reason, string Segment, LocalDate RunDate)
{
    /// <summary>An action of <paramref name="kind"/> for the entry, due on <paramref name="dueOn"/>, on <paramref name="itemId"/> if any.</summary>
    public RunAction Action(RunActionKind kind, LocalDate dueOn, Money amount, string? itemId = null)
        => new(DebtorId, kind, dueOn, amount) { Reason = Reason, Segment = Segment, RunDate = RunDate, ItemId = itemId };
}
