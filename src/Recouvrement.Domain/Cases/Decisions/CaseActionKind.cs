namespace Recouvrement.Cases;

/// <summary>What a decided action asks the host to do.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CaseActionKind : Vocabulary<CaseActionKind>
{
    /// <summary>Send or take a ladder step: a reminder, the formal notice, the agency handover, the court filing.</summary>
    public static readonly CaseActionKind TakeStep = new(nameof(TakeStep), 1, "take step", "étape à mener");

    /// <summary>A task for a collector: find the contact data a step needs.</summary>
    public static readonly CaseActionKind CompleteContactData = new(nameof(CompleteContactData), 2, "complete the contact data", "compléter les coordonnées");

    /// <summary>Remind the debtor of a late plan instalment before the plan breaks.</summary>
    public static readonly CaseActionKind RemindInstalment = new(nameof(RemindInstalment), 3, "remind a plan instalment", "rappeler une échéance du plan");

    /// <summary>File the proof of claim (<i>déclaration de créance</i>) before its deadline.</summary>
    public static readonly CaseActionKind FileClaim = new(nameof(FileClaim), 4, "file the proof of claim", "déclarer la créance");

    /// <summary>Close the case: nothing it covers is open any more.</summary>
    public static readonly CaseActionKind CloseCase = new(nameof(CloseCase), 5, "close the case", "clore le dossier");

    /// <summary>Send the satisfaction survey after a paid case (seed 000 §5).</summary>
    public static readonly CaseActionKind SendSurvey = new(nameof(SendSurvey), 6, "send the satisfaction survey", "envoyer l'enquête de satisfaction");

    /// <summary>
    /// Act on the unpaid reason as its treatment says (<see cref="CaseAction.Treatment"/>: open a dispute task, offer a
    /// plan…) when the reason pauses dunning; recorded as an outbound contact.
    /// </summary>
    public static readonly CaseActionKind ActOnReason = new(nameof(ActOnReason), 7, "act on the unpaid reason", "traiter le motif d'impayé");

    /// <summary>
    /// A person reviews a case the ladder has nothing more for (<see cref="CaseAction.Review"/> says why): never left in
    /// silence, reviewed again every <see cref="CasePolicy.ReviewIntervalDays"/>.
    /// </summary>
    public static readonly CaseActionKind ReviewCase = new(nameof(ReviewCase), 8, "review the case", "revoir le dossier");

    /// <summary>
    /// The proof-of-claim deadline has passed: apply to the insolvency judge for relief from foreclosure (<i>relevé de
    /// forclusion</i>, C. com. L622-26) with the proof of claim, within six months of the publication.
    /// </summary>
    public static readonly CaseActionKind SeekRelief = new(nameof(SeekRelief), 9, "apply for relief from foreclosure", "demander un relevé de forclusion");

    private CaseActionKind(string name, int value, string label, string frenchLabel)
        : base(name, value, label, frenchLabel)
    {
    }
}
