using System.Collections.Generic;
using Recouvrement.Internal;

namespace Recouvrement.Reasons;

/// <summary>The thresholds, precedence, treatments and host rules of a <see cref="ReasonClassifier"/>.</summary>
/// <remarks>Immutable: the collections are copied when set, and compared by content.</remarks>
public sealed record ReasonClassifierOptions
{
    /// <summary>Gets how many days back a rejected payment or a broken promise still counts (default 90).</summary>
    public int LookbackDays { get; init; } = 90;

    /// <summary>
    /// Gets how many days past due a debtor who is not chronically late is presumed to have forgotten, when nothing else
    /// says why (default 15).
    /// </summary>
    public int OversightMaxDaysPastDue { get; init; } = 15;

    /// <summary>Gets how many broken promises within the look-back make a refusal (default 2).</summary>
    public int BrokenPromisesForRefusal { get; init; } = 2;

    /// <summary>Gets how many insufficient-funds rejections within the look-back hint at insolvency (default 3).</summary>
    public int InsufficientFundsForProbableInsolvency { get; init; } = 3;

    /// <summary>Gets ranks replacing the reasons' own <see cref="UnpaidReason.Precedence"/>; the lowest wins.</summary>
    public IReadOnlyDictionary<UnpaidReason, int> Precedence { get; init => field = ValueDictionary.OrNull(value); } = ValueDictionary<UnpaidReason, int>.Empty;

    /// <summary>Gets treatments replacing the reasons' own <see cref="UnpaidReason.Treatment"/>.</summary>
    public IReadOnlyDictionary<UnpaidReason, ReasonTreatment> Treatments { get; init => field = ValueDictionary.OrNull(value); } = ValueDictionary<UnpaidReason, ReasonTreatment>.Empty;

    /// <summary>Gets the host's rules, applied to every signal after the built-in ones.</summary>
    public IReadOnlyList<IReasonRule> Rules { get; init => field = ValueList.OrNull(value); } = ValueList<IReasonRule>.Empty;
}
