using NodaTime;

namespace Recouvrement.Plans;

/// <summary>A payment received toward a plan; payments settle the instalments oldest first.</summary>
/// <param name="Date">The day it was received.</param>
/// <param name="Amount">The amount, positive.</param>
public sealed record PlanPayment(LocalDate Date, Money Amount);
