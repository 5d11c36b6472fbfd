namespace Recouvrement.Plans;

/// <summary>One instalment of a tracked plan: what was paid toward it and where it stands.</summary>
public sealed record InstalmentTracking
{
    /// <summary>Initializes a new instance of the <see cref="InstalmentTracking"/> record.</summary>
    /// <param name="instalment">The instalment.</param>
    /// <param name="paid">What the payments settled of it.</param>
    /// <param name="status">Where it stands.</param>
    /// <param name="daysLate">Days past its due date while unpaid (0 when paid or not due).</param>
    public InstalmentTracking(PlanInstalment instalment, Money paid, InstalmentStatus status, int daysLate)
    {
        Instalment = instalment;
        Paid = paid;
        Status = status;
        DaysLate = daysLate;
    }

    /// <summary>Gets the instalment.</summary>
    public PlanInstalment Instalment { get; init; }

    /// <summary>Gets what the payments settled of it.</summary>
    public Money Paid { get; init; }

    /// <summary>Gets where it stands.</summary>
    public InstalmentStatus Status { get; init; }

    /// <summary>Gets days past its due date while unpaid (0 when paid or not due).</summary>
    public int DaysLate { get; init; }

    /// <summary>Gets what is left to pay of it.</summary>
    public Money Open => Instalment.Amount - Paid;
}
