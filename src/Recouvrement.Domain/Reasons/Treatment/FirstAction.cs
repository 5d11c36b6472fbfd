using Recouvrement.Debtors;

namespace Recouvrement.Reasons;

/// <summary>The first thing to do once the reason is known (seed 000 §2, seed 003).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class FirstAction : Vocabulary<FirstAction>
{
    /// <summary>Send a courteous reminder with the invoice and how to pay.</summary>
    public static readonly FirstAction CourteousReminder = new(nameof(CourteousReminder), 1, "send a courteous reminder with the invoice and how to pay", "envoyer une relance courtoise avec la facture et les moyens de paiement", ContactChannel.Email);

    /// <summary>Send the invoice again, to a checked address.</summary>
    public static readonly FirstAction ResendInvoice = new(nameof(ResendInvoice), 2, "check the billing contact and send the invoice again", "vérifier le contact de facturation et renvoyer la facture", ContactChannel.Email);

    /// <summary>Offer another way to pay at once: a payment link (card, transfer).</summary>
    public static readonly FirstAction SendPaymentLink = new(nameof(SendPaymentLink), 3, "offer another payment method at once: send a payment link", "proposer aussitôt un autre moyen de paiement : envoyer un lien de paiement", ContactChannel.Email);

    /// <summary>Present the debit or card again after a soft failure (after payday), with a payment link.</summary>
    public static readonly FirstAction RetryCollection = new(nameof(RetryCollection), 4, "retry the collection after the next payday and send a payment link", "représenter le prélèvement après la prochaine paie et envoyer un lien de paiement", ContactChannel.Email);

    /// <summary>Open a dispute-resolution task for the person who can settle it.</summary>
    public static readonly FirstAction OpenDisputeTask = new(nameof(OpenDisputeTask), 5, "open a dispute-resolution task and pause the pressure on the disputed items", "ouvrir une tâche de résolution du litige et suspendre les relances sur les pièces contestées", null);

    /// <summary>Correct the invoice (credit note and new invoice) or the delivery, then resend.</summary>
    public static readonly FirstAction CorrectAndResend = new(nameof(CorrectAndResend), 6, "correct our error (credit note, new invoice or delivery) and resend", "corriger notre erreur (avoir, nouvelle facture ou livraison) et renvoyer", null);

    /// <summary>Call with an empathetic script and offer a payment plan.</summary>
    public static readonly FirstAction OfferPaymentPlan = new(nameof(OfferPaymentPlan), 7, "call with an empathetic script and offer a payment plan the debtor can keep", "appeler avec un discours empathique et proposer un échéancier tenable", ContactChannel.PhoneCall);

    /// <summary>Write to the estate (heirs or notary) with sympathy; no reminders to the deceased.</summary>
    public static readonly FirstAction ContactEstate = new(nameof(ContactEstate), 8, "stop reminders and write to the heirs or the notary with sympathy", "arrêter les relances et écrire aux héritiers ou au notaire avec tact", ContactChannel.Letter);

    /// <summary>Stop further deliveries and credit, secure the claim (guarantees, retention of title).</summary>
    public static readonly FirstAction ProtectClaim = new(nameof(ProtectClaim), 9, "stop further deliveries and credit, secure the claim", "suspendre les livraisons et l'encours, sécuriser la créance", null);

    /// <summary>File the proof of claim with the court-appointed representative before the deadline.</summary>
    public static readonly FirstAction FileProofOfClaim = new(nameof(FileProofOfClaim), 10, "stop reminders and file the proof of claim with the creditors' representative before the deadline", "arrêter les relances et déclarer la créance auprès du mandataire judiciaire avant la date limite", null);

    /// <summary>Send the formal notice: the debtor can pay and will not.</summary>
    public static readonly FirstAction FormalNotice = new(nameof(FormalNotice), 11, "move to the formal notice (mise en demeure)", "passer à la mise en demeure", ContactChannel.RegisteredLetter);

    /// <summary>Call to learn why: nothing says yet.</summary>
    public static readonly FirstAction CallToAskWhy = new(nameof(CallToAskWhy), 12, "call to learn why the invoice is unpaid, and listen", "appeler pour comprendre pourquoi la facture est impayée, et écouter", ContactChannel.PhoneCall);

    private FirstAction(string name, int value, string label, string frenchLabel, ContactChannel? reaches)
        : base(name, value, label, frenchLabel)
        => Reaches = reaches;

    /// <summary>
    /// Gets how the action reaches the debtor (the payment link by e-mail, the plan offered in a call); null for a task
    /// of ours that sends the debtor nothing (correct our error, open a dispute task, protect the claim).
    /// </summary>
    public ContactChannel? Reaches { get; }
}
