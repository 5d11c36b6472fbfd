using Recouvrement.Cases;

namespace Recouvrement.Scheduling;

/// <summary>An event applying a run recorded on a case: what the host stores in the case's history.</summary>
/// <param name="CaseId">The case's identifier.</param>
/// <param name="Event">The event; its <see cref="CaseEvent.Reference"/> is the <see cref="RunAction.Key"/> of the action it records.</param>
public sealed record RecordedEvent(string CaseId, CaseEvent Event);
