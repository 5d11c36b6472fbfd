using NodaTime;

namespace Recouvrement.Penalties;

/// <summary>A reference rate in force from a date until the next change.</summary>
/// <param name="EffectiveFrom">The first day the rate applies.</param>
/// <param name="Rate">The annual rate.</param>
public sealed record RateChange(LocalDate EffectiveFrom, AnnualRate Rate);
