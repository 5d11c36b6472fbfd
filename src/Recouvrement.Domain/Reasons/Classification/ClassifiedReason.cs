using System.Collections.Generic;

namespace Recouvrement.Reasons;

/// <summary>A reason the classifier found, how sure it is, and the signals that decided.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ClassifiedReason
{
    internal ClassifiedReason(UnpaidReason reason, ReasonConfidence confidence, int precedence, ReasonSignal[] evidence)
    {
        Reason = reason;
        Confidence = confidence;
        Precedence = precedence;
        Evidence = evidence;
    }

    /// <summary>Gets the reason.</summary>
    public UnpaidReason Reason { get; }

    /// <summary>Gets how sure the classifier is.</summary>
    public ReasonConfidence Confidence { get; }

    /// <summary>Gets the rank that ordered it (the options' or the reason's own).</summary>
    public int Precedence { get; }

    /// <summary>Gets the signals that support it, oldest first; empty for a presumption from the account alone.</summary>
    public IReadOnlyList<ReasonSignal> Evidence { get; }
}
