namespace Recouvrement.Cases;

/// <summary>How a collection case ends.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CaseOutcome : Vocabulary<CaseOutcome>
{
    /// <summary>The debt was paid in full.</summary>
    public static readonly CaseOutcome Paid = new(nameof(Paid), 1, "paid", "payé", CaseState.ClosedPaid);

    /// <summary>The parties settled (<i>transaction</i>, C. civ. 2044).</summary>
    public static readonly CaseOutcome Settled = new(nameof(Settled), 2, "settled", "transigé", CaseState.ClosedSettled);

    /// <summary>The creditor wrote the debt off.</summary>
    public static readonly CaseOutcome WrittenOff = new(nameof(WrittenOff), 3, "written off", "passé en perte", CaseState.ClosedWrittenOff);

    private CaseOutcome(string name, int value, string label, string frenchLabel, CaseState state)
        : base(name, value, label, frenchLabel)
        => State = state;

    /// <summary>Gets the closed state this outcome leads to.</summary>
    public CaseState State { get; }
}
