using NodaTime;

namespace Recouvrement.Scheduling;

/// <summary>A public holiday on a given date.</summary>
/// <param name="Date">The date (after any substitution).</param>
/// <param name="Name">The holiday's name, in the country's language with the English in brackets where they differ.</param>
public sealed record Holiday(LocalDate Date, string Name);
