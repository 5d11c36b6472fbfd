namespace Recouvrement.Reasons;

/// <summary>How sure the classifier is of a reason. Values are ordered: a higher value is surer.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ReasonConfidence : Vocabulary<ReasonConfidence>
{
    /// <summary>A hint: a heuristic, or a code the classifier does not know.</summary>
    public static readonly ReasonConfidence Low = new(nameof(Low), 1, "low", "faible");

    /// <summary>Likely: the debtor said so, or a heuristic backed by the account.</summary>
    public static readonly ReasonConfidence Medium = new(nameof(Medium), 2, "medium", "moyenne");

    /// <summary>Well supported: an open dispute, a poor solvency enquiry, several signals agreeing.</summary>
    public static readonly ReasonConfidence High = new(nameof(High), 3, "high", "élevée");

    /// <summary>A fact: a bank's reason code, a published insolvency notice.</summary>
    public static readonly ReasonConfidence Certain = new(nameof(Certain), 4, "certain", "certaine");

    private ReasonConfidence(string name, int value, string label, string frenchLabel)
        : base(name, value, label, frenchLabel)
    {
    }

    /// <summary>One level up, at most <see cref="High"/>: agreeing signals strengthen a reason but never make it a fact.</summary>
    internal ReasonConfidence Strengthened => Value >= High.Value ? this : FromValue(Value + 1);
}
