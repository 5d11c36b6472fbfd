using System;
using System.Collections.Generic;
using Recouvrement.Communication;
using Recouvrement.Internal;

namespace Recouvrement.Reasons;

/// <summary>
/// Why an invoice is unpaid (<i>motif d'impayé</i>), the second level of the taxonomy: each reason belongs to a
/// <see cref="ReasonFamily"/>, ranks in the precedence that settles conflicting signals, and carries the treatment it
/// calls for.
/// </summary>
/// <remarks>
/// <para>Precedence, highest first: formal insolvency proceedings (they freeze individual pursuit); our own error (it
/// must be corrected before anything is asked); an open dispute (it pauses the pressure); hardship (empathy before
/// method); probable insolvency (protect the claim); a payment-rail failure (another method solves it); refusal;
/// oversight; unknown. A host reorders with <see cref="ReasonClassifierOptions.Precedence"/>.</para>
/// <para>This type is immutable and thread-safe. A host adds reasons of its own with <see cref="Custom"/>.</para>
/// </remarks>
public sealed class UnpaidReason : Vocabulary<UnpaidReason>
{
    // Shared by several treatments: read-only wrappers, so that no cast can change them for all.
    private static readonly IReadOnlyList<ScriptCue> Tecrep = Array.AsReadOnly([ScriptCue.Listen, ScriptCue.Rephrase, ScriptCue.Empathise, ScriptCue.Thank, ScriptCue.EvaluateSolutions, ScriptCue.Agree]);
    private static readonly IReadOnlyList<ScriptCue> ListenAndAgree = Array.AsReadOnly([ScriptCue.Listen, ScriptCue.Rephrase, ScriptCue.Thank, ScriptCue.Agree]);

    private static readonly ReasonTreatment Reminder = new(FirstAction.CourteousReminder, Tone.Courteous)
    {
        FollowUp = "Offer a direct debit or pre-due reminders to payers who forget",
        FrenchFollowUp = "Proposer le prélèvement ou des rappels avant échéance aux payeurs distraits",
    };

    private static readonly ReasonTreatment DisputeResolution = new(FirstAction.OpenDisputeTask, Tone.Courteous)
    {
        Pause = DunningPause.ConcernedItems,
        Track = "dispute",
        ScriptCues = ListenAndAgree,
        FollowUp = "Solve the dispute, then report its cause to the team that caused it (quality, delivery, sales)",
        FrenchFollowUp = "Résoudre le litige, puis en signaler la cause au service concerné (qualité, livraison, commerce)",
    };

    // A failed payment is presented again, or paid through a link, before any reminder: the ladder waits a few days.
    private static readonly ReasonTreatment SoftFailure = new(FirstAction.RetryCollection, Tone.Courteous)
    {
        Track = "payment-failure",
        LadderWaitsDays = 7,
        FollowUp = "Move the collection date after the debtor's payday; offer a plan if it fails again",
        FrenchFollowUp = "Décaler la date de prélèvement après la paie du débiteur ; proposer un échéancier si l'échec se répète",
    };

    private static readonly ReasonTreatment HardFailure = new(FirstAction.SendPaymentLink, Tone.Courteous)
    {
        Track = "payment-failure",
        LadderWaitsDays = 5,
        FollowUp = "Collect up-to-date payment details (new card, new mandate) before the next due date",
        FrenchFollowUp = "Recueillir des coordonnées de paiement à jour (nouvelle carte, nouveau mandat) avant la prochaine échéance",
    };

    private static readonly ReasonTreatment Plan = new(FirstAction.OfferPaymentPlan, Tone.Empathetic)
    {
        Pause = DunningPause.WholeAccount,
        Track = "hardship",
        ScriptCues = Tecrep,
        FollowUp = "Review the plan when the debtor's situation changes; keep in touch",
        FrenchFollowUp = "Revoir l'échéancier quand la situation du débiteur évolue ; garder le contact",
    };

    private static readonly ReasonTreatment OurError = new(FirstAction.CorrectAndResend, Tone.Courteous)
    {
        Pause = DunningPause.ConcernedItems,
        Track = "dispute",
        ScriptCues = [ScriptCue.Listen, ScriptCue.Thank, ScriptCue.Agree],
        FollowUp = "Fix the process that produced the error (billing data, delivery checks)",
        FrenchFollowUp = "Corriger le processus à l'origine de l'erreur (données de facturation, contrôle des livraisons)",
    };

    /// <summary>The debtor forgot to pay.</summary>
    public static readonly UnpaidReason Forgot = new(nameof(Forgot), 101, ReasonFamily.Oversight, 80, "forgot to pay", "oubli de paiement", Reminder);

    /// <summary>The debtor says the invoice never reached them.</summary>
    public static readonly UnpaidReason InvoiceNotReceived = new(nameof(InvoiceNotReceived), 102, ReasonFamily.Oversight, 80, "invoice not received", "facture non reçue", Reminder with
    {
        FirstAction = FirstAction.ResendInvoice,
        FollowUp = "Complete the billing contact data; send invoices by two channels",
        FrenchFollowUp = "Compléter les coordonnées de facturation ; envoyer les factures par deux canaux",
    });

    /// <summary>The goods were defective.</summary>
    public static readonly UnpaidReason ProductDefect = new(nameof(ProductDefect), 201, ReasonFamily.Dispute, 30, "product defect", "produit défectueux", DisputeResolution);

    /// <summary>The service was not performed, or the delivery was late or incomplete.</summary>
    public static readonly UnpaidReason ServiceNotPerformed = new(nameof(ServiceNotPerformed), 202, ReasonFamily.Dispute, 30, "service not performed or late delivery", "prestation non réalisée ou livraison en retard", DisputeResolution);

    /// <summary>The debtor disagrees with the price or the quantity billed.</summary>
    public static readonly UnpaidReason PriceOrQuantityDisagreement = new(nameof(PriceOrQuantityDisagreement), 203, ReasonFamily.Dispute, 30, "price or quantity disagreement", "désaccord sur le prix ou la quantité", DisputeResolution);

    /// <summary>The debtor points to an error on the invoice (address, VAT, reference).</summary>
    public static readonly UnpaidReason InvoiceError = new(nameof(InvoiceError), 204, ReasonFamily.Dispute, 30, "invoice error", "erreur sur la facture", DisputeResolution);

    /// <summary>A document is missing: purchase order, proof of delivery, a duplicate of the invoice.</summary>
    public static readonly UnpaidReason MissingDocument = new(nameof(MissingDocument), 205, ReasonFamily.Dispute, 30, "missing document (purchase order, proof of delivery, duplicate)", "pièce manquante (bon de commande, preuve de livraison, duplicata)", DisputeResolution with
    {
        FirstAction = FirstAction.CorrectAndResend,
        FollowUp = "Attach the purchase order and proof of delivery to every invoice of this customer",
        FrenchFollowUp = "Joindre le bon de commande et la preuve de livraison à chaque facture de ce client",
    });

    /// <summary>
    /// The invoice is disputed, the reason not known yet: most ERPs export no more than a "disputed" flag. The disputed
    /// items wait like any dispute's; the collector asks what is disputed and reclassifies.
    /// </summary>
    public static readonly UnpaidReason DisputeUnspecified = new(nameof(DisputeUnspecified), 206, ReasonFamily.Dispute, 30, "dispute, reason not known yet", "litige, motif pas encore connu", DisputeResolution with
    {
        FollowUp = "Ask the customer what is disputed, record the reason, then solve the dispute",
        FrenchFollowUp = "Demander au client l'objet du litige, en noter le motif, puis résoudre le litige",
    });

    /// <summary>The card on file has expired.</summary>
    public static readonly UnpaidReason CardExpired = new(nameof(CardExpired), 301, ReasonFamily.PaymentFailure, 60, "card expired", "carte expirée", HardFailure);

    /// <summary>The card was reported lost or stolen.</summary>
    public static readonly UnpaidReason CardLostOrStolen = new(nameof(CardLostOrStolen), 302, ReasonFamily.PaymentFailure, 60, "card lost or stolen", "carte perdue ou volée", HardFailure);

    /// <summary>Not enough money on the account or card at the time.</summary>
    public static readonly UnpaidReason InsufficientFunds = new(nameof(InsufficientFunds), 303, ReasonFamily.PaymentFailure, 60, "insufficient funds", "provision insuffisante", SoftFailure);

    /// <summary>The bank account is closed, blocked or invalid.</summary>
    public static readonly UnpaidReason AccountClosedOrInvalid = new(nameof(AccountClosedOrInvalid), 304, ReasonFamily.PaymentFailure, 60, "bank account closed or invalid", "compte clos ou invalide", HardFailure);

    /// <summary>The direct-debit mandate is missing, revoked, or the debtor refused the debit.</summary>
    public static readonly UnpaidReason MandateRevokedOrMissing = new(nameof(MandateRevokedOrMissing), 305, ReasonFamily.PaymentFailure, 60, "mandate revoked, missing or debit refused", "mandat révoqué, absent ou prélèvement refusé", HardFailure with
    {
        ScriptCues = ListenAndAgree,
        FollowUp = "Ask why the debit was stopped before collecting again: it may hide a dispute",
        FrenchFollowUp = "Demander pourquoi le prélèvement a été arrêté avant de représenter : un litige peut se cacher derrière",
    });

    /// <summary>A technical rejection by a bank or processor.</summary>
    public static readonly UnpaidReason TechnicalRejection = new(nameof(TechnicalRejection), 306, ReasonFamily.PaymentFailure, 60, "technical rejection", "rejet technique", SoftFailure with
    {
        FollowUp = "Check the payment file and the creditor's set-up with the bank",
        FrenchFollowUp = "Vérifier le fichier de paiement et le paramétrage créancier auprès de la banque",
    });

    /// <summary>The debtor lost their job.</summary>
    public static readonly UnpaidReason JobLoss = new(nameof(JobLoss), 401, ReasonFamily.Hardship, 40, "job loss", "perte d'emploi", Plan);

    /// <summary>The debtor is ill.</summary>
    public static readonly UnpaidReason Illness = new(nameof(Illness), 402, ReasonFamily.Hardship, 40, "illness", "maladie", Plan);

    /// <summary>The debtor died: the estate owes the debt.</summary>
    public static readonly UnpaidReason Death = new(nameof(Death), 403, ReasonFamily.Hardship, 40, "death", "décès", Plan with
    {
        FirstAction = FirstAction.ContactEstate,
        ScriptCues = [ScriptCue.Listen, ScriptCue.Empathise, ScriptCue.Thank],
        FollowUp = "Close the debtor's channels and mandates; follow the estate's settlement",
        FrenchFollowUp = "Fermer les canaux et mandats du débiteur ; suivre le règlement de la succession",
    });

    /// <summary>A separation or divorce upset the household's finances.</summary>
    public static readonly UnpaidReason Separation = new(nameof(Separation), 404, ReasonFamily.Hardship, 40, "separation", "séparation", Plan);

    /// <summary>The debtor's business is in a downturn.</summary>
    public static readonly UnpaidReason BusinessDownturn = new(nameof(BusinessDownturn), 405, ReasonFamily.Hardship, 40, "business downturn", "baisse d'activité", Plan with
    {
        StopsDeliveries = true,
        FollowUp = "Reduce the credit limit and watch the debtor's solvency",
        FrenchFollowUp = "Réduire l'encours autorisé et surveiller la solvabilité du débiteur",
    });

    /// <summary>Signals point to insolvency (a poor solvency enquiry, repeated rejections) without proceedings yet.</summary>
    public static readonly UnpaidReason ProbableInsolvency = new(nameof(ProbableInsolvency), 501, ReasonFamily.Insolvency, 50, "probable insolvency", "insolvabilité probable", new ReasonTreatment(FirstAction.ProtectClaim, Tone.Firm)
    {
        Track = "insolvency",
        SkipsRemindersUpTo = Tone.Courteous,
        LadderWaitsDays = 0,
        StopsDeliveries = true,
        FollowUp = "Watch the legal announcements (BODACC) for proceedings; ask for guarantees before any new sale",
        FrenchFollowUp = "Surveiller les annonces légales (BODACC) ; exiger des garanties avant toute nouvelle vente",
    });

    /// <summary>
    /// Formal insolvency proceedings are open (safeguard, reorganisation, liquidation): individual pursuit stops and the
    /// claim must be filed before the deadline (C. com. L622-21, L622-24).
    /// </summary>
    public static readonly UnpaidReason FormalProceedings = new(nameof(FormalProceedings), 502, ReasonFamily.Insolvency, 10, "formal insolvency proceedings", "procédure collective", new ReasonTreatment(FirstAction.FileProofOfClaim, Tone.Legal)
    {
        Pause = DunningPause.WholeAccount,
        Track = "insolvency",
        StopsDeliveries = true,
        FollowUp = "Follow the proceedings: the plan, the list of claims, the dividends",
        FrenchFollowUp = "Suivre la procédure : plan, état des créances, répartitions",
    });

    /// <summary>We billed wrongly: wrong price, wrong customer, already paid.</summary>
    public static readonly UnpaidReason OurBillingError = new(nameof(OurBillingError), 601, ReasonFamily.Internal, 20, "our billing error", "erreur de facturation de notre part", OurError);

    /// <summary>We delivered wrongly: wrong goods, wrong place, incomplete.</summary>
    public static readonly UnpaidReason OurDeliveryError = new(nameof(OurDeliveryError), 602, ReasonFamily.Internal, 20, "our delivery error", "erreur de livraison de notre part", OurError);

    /// <summary>The debtor can pay and will not: broken promises, refusal without a reason.</summary>
    public static readonly UnpaidReason RefusalOrBadFaith = new(nameof(RefusalOrBadFaith), 701, ReasonFamily.Refusal, 70, "refusal or bad faith", "refus de payer ou mauvaise foi", new ReasonTreatment(FirstAction.FormalNotice, Tone.Formal)
    {
        Track = "firm",
        SkipsRemindersUpTo = Tone.Firm,
        StopsDeliveries = true,
        FollowUp = "Keep the chronology of contacts and promises for the litigation file",
        FrenchFollowUp = "Conserver la chronologie des contacts et promesses pour le dossier contentieux",
    });

    /// <summary>Nothing says why yet.</summary>
    public static readonly UnpaidReason Unknown = new(nameof(Unknown), 801, ReasonFamily.Unknown, 90, "unknown", "inconnu", new ReasonTreatment(FirstAction.CallToAskWhy, Tone.Courteous)
    {
        ScriptCues = ListenAndAgree,
        FollowUp = "Record the reason the debtor gives, so that it can be treated and counted",
        FrenchFollowUp = "Consigner le motif donné par le débiteur, pour le traiter et le compter",
    });

    private UnpaidReason(string name, int value, ReasonFamily family, int precedence, string label, string frenchLabel, ReasonTreatment treatment)
        : base(name, value, label, frenchLabel)
    {
        Family = family;
        Precedence = precedence;
        Treatment = treatment;
    }

    /// <summary>Gets the family the reason belongs to.</summary>
    public ReasonFamily Family { get; }

    /// <summary>Gets the reason's rank when signals conflict: the lowest wins (formal proceedings 10 … unknown 90).</summary>
    public int Precedence { get; }

    /// <summary>Gets the treatment the reason calls for by default.</summary>
    public ReasonTreatment Treatment { get; }

    /// <summary>
    /// Creates a reason of the host's own, used by its rules (<see cref="IReasonRule"/>), treatments and statistics like
    /// a built-in one. It is not listed by <c>UnpaidReason.List</c>.
    /// </summary>
    /// <param name="name">A unique name.</param>
    /// <param name="value">A unique value, 1000 or more (lower values are reserved).</param>
    /// <param name="family">The family.</param>
    /// <param name="precedence">The rank when signals conflict (see the built-in ranks).</param>
    /// <param name="label">The English label.</param>
    /// <param name="frenchLabel">The French label.</param>
    /// <param name="treatment">The treatment.</param>
    /// <returns>The reason.</returns>
    /// <exception cref="ArgumentException">A blank name or label, or a value below 1000.</exception>
    /// <exception cref="ArgumentNullException">A null family or treatment.</exception>
    public static UnpaidReason Custom(string name, int value, ReasonFamily family, int precedence, string label, string frenchLabel, ReasonTreatment treatment)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "A reason needs a name.");
        Preconditions.CheckArgument(value >= 1000, nameof(value), "Values below 1000 are reserved for built-in reasons.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(label) && !string.IsNullOrWhiteSpace(frenchLabel), nameof(label), "A reason needs labels in English and French.");
        Preconditions.CheckNotNull(family, nameof(family));
        Preconditions.CheckNotNull(treatment, nameof(treatment));
        return new UnpaidReason(name, value, family, precedence, label, frenchLabel, treatment);
    }
}
