using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Reasons;

/// <summary>
/// Why an account is unpaid as of a date: the reasons found, highest precedence first, the evidence of each, and the
/// treatment the first one calls for; <see cref="Explain"/> renders it for a collector.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ReasonClassification
{
    internal ReasonClassification(LocalDate asOf, ClassifiedReason[] reasons, ReasonTreatment treatment)
    {
        AsOf = asOf;
        Reasons = reasons;
        Treatment = treatment;
        PausedItemIds = treatment.Pause != DunningPause.ConcernedItems ? []
            : [.. reasons[0].Evidence.OfType<DisputeOpened>().SelectMany(d => d.ItemIds).Distinct().OrderBy(id => id, System.StringComparer.Ordinal)];
    }

    /// <summary>Gets the classification date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the reasons found, the deciding one first: by precedence, then confidence, then reason value.</summary>
    public IReadOnlyList<ClassifiedReason> Reasons { get; }

    /// <summary>Gets the deciding reason; <see cref="UnpaidReason.Unknown"/> when nothing says why.</summary>
    public ClassifiedReason Primary => Reasons[0];

    /// <summary>Gets the treatment the deciding reason calls for.</summary>
    public ReasonTreatment Treatment { get; }

    /// <summary>
    /// Gets the items whose dunning pauses when the treatment pauses the concerned items only (the disputed invoices);
    /// empty otherwise, or when the dispute concerns the whole account.
    /// </summary>
    public IReadOnlyList<string> PausedItemIds { get; }

    /// <summary>Renders the classification in English.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => Explain(CultureInfo.InvariantCulture);

    /// <summary>Renders the classification for a collector: in French for a French culture, in English otherwise.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The explanation, one line per row; the same on every machine.</returns>
    public string Explain(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        var text = new StringBuilder();
        text.AppendLine(wording.Pick($"Unpaid reason as of {Wording.English.Date(AsOf)}", $"Motif d'impayé au {Wording.French.Date(AsOf)}"));
        for (var i = 0; i < Reasons.Count; i++)
        {
            var found = Reasons[i];
            var label = found.Reason.LabelIn(wording);
            var family = found.Reason.Family.LabelIn(wording);
            var confidence = found.Confidence.LabelIn(wording);
            text.Append(i == 0 ? wording.Pick("Reason: ", "Motif retenu : ") : wording.Pick("Also: ", "Autre motif : "))
                .AppendLine(wording.Pick($"{label} ({family}), confidence {confidence}, rank {found.Precedence}", $"{label} ({family}), confiance {confidence}, rang {found.Precedence}"));
            if (found.Evidence.Count == 0)
            {
                text.AppendLine(wording.Pick("  - presumed from the account (a few days late, a good payer)", "  - présumé d'après le compte (peu de jours de retard, bon payeur)"));
            }

            foreach (var signal in found.Evidence)
            {
                text.Append("  - ").Append(wording.Date(signal.Date)).Append(wording.Pick(": ", " : ")).AppendLine(signal.Describe(culture));
            }
        }

        var treatment = Treatment;
        var pause = treatment.Pause switch
        {
            DunningPause.WholeAccount => wording.Pick("paused for the whole account", "suspendues pour tout le compte"),
            DunningPause.ConcernedItems when PausedItemIds.Count > 0 => (wording.Pick("paused for ", "suspendues pour ")) + string.Join(", ", PausedItemIds),
            DunningPause.ConcernedItems => wording.Pick("paused for the disputed items", "suspendues pour les pièces contestées"),
            _ => wording.Pick("go on", "poursuivies"),
        };
        text.AppendLine(wording.Pick($"Action: {treatment.FirstAction.Label}", $"Action : {treatment.FirstAction.FrenchLabel}"));
        text.AppendLine(wording.IsFrench
            ? $"Ton : {treatment.Tone.FrenchLabel} ; relances : {pause} ; livraisons : {(treatment.StopsDeliveries ? "suspendues" : "maintenues")} ; parcours : {treatment.TrackIn(wording)}"
            : $"Tone: {treatment.Tone.Label}; reminders: {pause}; deliveries: {(treatment.StopsDeliveries ? "stopped" : "go on")}; track: {treatment.Track}");
        foreach (var cue in treatment.ScriptCues)
        {
            text.Append(wording.Pick("  Script: ", "  Script : ")).AppendLine(cue.LabelIn(wording));
        }

        text.Append(wording.Pick("Follow-up: ", "Suivi : ")).Append(wording.IsFrench ? treatment.FrenchFollowUp : treatment.FollowUp);
        return text.ToString();
    }
}
