using NodaTime;

namespace Recouvrement.Penalties;

/// <summary>A payment or credit that reduces the late amount; interest runs on the lower base from the day after.</summary>
/// <param name="Date">The date it was received.</param>
/// <param name="Amount">The amount, positive.</param>
public sealed record Settlement(LocalDate Date, Money Amount);
