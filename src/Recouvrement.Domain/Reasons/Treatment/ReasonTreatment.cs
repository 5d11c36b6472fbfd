using System.Collections.Generic;
using Recouvrement.Communication;
using Recouvrement.Internal;

namespace Recouvrement.Reasons;

/// <summary>
/// What a reason calls for: whether dunning pauses and for which items, which track of ladders applies, the first
/// action, the tone and the script cues, whether deliveries and credit stop, and the follow-up that deals with the root
/// cause (seed 000 §2, seed 001, seed 003).
/// </summary>
/// <remarks>Immutable; a host replaces a reason's treatment with <see cref="ReasonClassifierOptions.Treatments"/>.</remarks>
public sealed record ReasonTreatment
{
    /// <summary>Initializes a new instance of the <see cref="ReasonTreatment"/> record.</summary>
    /// <param name="firstAction">The first thing to do.</param>
    /// <param name="tone">How firmly to speak.</param>
    public ReasonTreatment(FirstAction firstAction, Tone tone)
    {
        FirstAction = firstAction;
        Tone = tone;
    }

    /// <summary>Gets the first thing to do.</summary>
    public FirstAction FirstAction { get; init; }

    /// <summary>Gets how firmly to speak.</summary>
    public Tone Tone { get; init; }

    /// <summary>Gets what the reason pauses of the dunning ladder.</summary>
    public DunningPause Pause { get; init; }

    /// <summary>
    /// Gets how hard the ladder goes: its reminders no firmer than this tone are passed over (a debtor refusing in bad
    /// faith goes straight to the formal notice with <see cref="Tone.Firm"/>); every step applies when null. A paused
    /// reason cannot harden the ladder.
    /// </summary>
    public Tone? SkipsRemindersUpTo { get; init; }

    /// <summary>
    /// Gets the days the ladder waits after the <see cref="FirstAction"/> is done before its next step (a failed payment
    /// is presented again, or paid through a link, before any reminder); when null, the first action is taken only when
    /// the reason pauses dunning, and the ladder does not wait for it.
    /// </summary>
    public int? LadderWaitsDays { get; init; }

    /// <summary>Gets the key of the ladder track that applies ("standard", "hardship", "dispute"…), for the ladder selection.</summary>
    public string Track { get; init; } = "standard";

    /// <summary>The track as a person reads it: the shipped keys in French, a host's own key as it is.</summary>
    internal string TrackIn(Wording wording) => !wording.IsFrench ? Track : Track switch
    {
        "standard" => "standard",
        "hardship" => "difficultés",
        "dispute" => "litige",
        "firm" => "ferme",
        "insolvency" => "insolvabilité",
        "payment-failure" => "incident de paiement",
        _ => Track,
    };

    /// <summary>Gets the conversation steps the collector's script stresses, in order. Copied: compared by content.</summary>
    public IReadOnlyList<ScriptCue> ScriptCues { get; init => field = ValueList.OrNull(value); } = ValueList<ScriptCue>.Empty;

    /// <summary>Gets a value indicating whether new deliveries and credit stop.</summary>
    public bool StopsDeliveries { get; init; }

    /// <summary>Gets the follow-up that deals with the root cause, in English.</summary>
    public string FollowUp { get; init; } = string.Empty;

    /// <summary>Gets the follow-up in French.</summary>
    public string FrenchFollowUp { get; init; } = string.Empty;

    /// <summary>Checks a host's treatment: a first action and a tone, and no hardening of a ladder it pauses.</summary>
    internal static void Check(string field, ReasonTreatment treatment, Internal.ValidationErrors errors)
    {
        if (treatment.FirstAction is null || treatment.Tone is null)
        {
            errors.Add(field, null, "needs its first action and its tone", ErrorCodes.Required);
        }

        if (treatment.Pause != DunningPause.None && treatment.SkipsRemindersUpTo is { } tone)
        {
            errors.Add($"{field}.{nameof(SkipsRemindersUpTo)}", tone.Name, $"conflicts with the pause ({treatment.Pause}): a reason either pauses the ladder or hardens it", ErrorCodes.Conflict);
        }

        if (treatment.LadderWaitsDays is < 0)
        {
            errors.Add($"{field}.{nameof(LadderWaitsDays)}", treatment.LadderWaitsDays, "must not be negative", ErrorCodes.OutOfRange);
        }
    }
}
