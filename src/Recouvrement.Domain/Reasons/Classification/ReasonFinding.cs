namespace Recouvrement.Reasons;

/// <summary>What a rule draws from one signal: a reason and how sure it is.</summary>
/// <param name="Reason">The reason.</param>
/// <param name="Confidence">How sure.</param>
public readonly record struct ReasonFinding(UnpaidReason Reason, ReasonConfidence Confidence);
