namespace Recouvrement.Reasons;

/// <summary>
/// A host's own classification rule: draws a reason from a signal — typically a signal type of the host's own — on top
/// of the built-in rules. Implementations must be deterministic and thread-safe.
/// </summary>
public interface IReasonRule
{
    /// <summary>Returns what <paramref name="signal"/> says, or null when the rule has nothing to say about it.</summary>
    /// <param name="signal">One of the signals being classified.</param>
    /// <param name="context">The classification date and the account's facts.</param>
    /// <returns>The finding, or null.</returns>
    ReasonFinding? Evaluate(ReasonSignal signal, ReasonContext context);
}
