using System.Collections.Generic;
using Recouvrement.Communication;

namespace Recouvrement.Reasons;

/// <summary>
/// What a reason calls for: whether dunning pauses and for which items, which track of ladders applies, the first
/// action, the tone and the script cues, whether deliveries and credit stop, and the follow-up that deals with the root
/// cause (seed 000 §2, seed 001, seed 003).
/// </summary>
/// <param name="FirstAction">The first thing to do.</param>
/// <param name="Tone">How firmly to speak.</param>
/// <remarks>Immutable; a host replaces a reason's treatment with <see cref="ReasonClassifierOptions.Treatments"/>.</remarks>
public sealed record ReasonTreatment(FirstAction FirstAction, Tone Tone)
{
    /// <summary>Gets what the reason pauses of the dunning ladder.</summary>
    public DunningPause Pause { get; init; }

    /// <summary>Gets the key of the ladder track that applies ("standard", "hardship", "dispute"…), for the ladder selection.</summary>
    public string Track { get; init; } = "standard";

    /// <summary>Gets the conversation steps the collector's script stresses, in order.</summary>
    public IReadOnlyList<ScriptCue> ScriptCues { get; init; } = [];

    /// <summary>Gets a value indicating whether new deliveries and credit stop.</summary>
    public bool StopsDeliveries { get; init; }

    /// <summary>Gets the follow-up that deals with the root cause, in English.</summary>
    public string FollowUp { get; init; } = string.Empty;

    /// <summary>Gets the follow-up in French.</summary>
    public string FrenchFollowUp { get; init; } = string.Empty;
}
