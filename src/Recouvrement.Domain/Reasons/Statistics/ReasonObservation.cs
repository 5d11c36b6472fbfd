using NodaTime;

namespace Recouvrement.Reasons;

/// <summary>One unpaid amount and why, as counted by <see cref="ReasonStatistics"/>: typically an account's deciding reason on a run date.</summary>
/// <param name="AccountId">The account or invoice the observation is about.</param>
/// <param name="Reason">The reason.</param>
/// <param name="Amount">The amount unpaid for that reason.</param>
/// <param name="Date">The day it was observed.</param>
public sealed record ReasonObservation(string AccountId, UnpaidReason Reason, Money Amount, LocalDate Date);
