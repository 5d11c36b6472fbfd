namespace Recouvrement.Plans;

/// <summary>One instalment of a tracked plan: what was paid toward it and where it stands.</summary>
/// <param name="Instalment">The instalment.</param>
/// <param name="Paid">What the payments settled of it.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="DaysLate">Days past its due date while unpaid (0 when paid or not due).</param>
public sealed record InstalmentTracking(PlanInstalment Instalment, Money Paid, InstalmentStatus Status, int DaysLate)
{
    /// <summary>Gets what is left to pay of it.</summary>
    public Money Open => Instalment.Amount - Paid;
}
