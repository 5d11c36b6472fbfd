namespace Recouvrement.Reasons;

/// <summary>
/// The first level of the unpaid-reason taxonomy (<i>famille de motifs d'impayé</i>): why an invoice is unpaid, in
/// broad terms — each family calls for a different treatment (seed 000 §2).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ReasonFamily : Vocabulary<ReasonFamily>
{
    /// <summary>The debtor forgot, or never received the invoice (<i>oubli</i>).</summary>
    public static readonly ReasonFamily Oversight = new(nameof(Oversight), 1, "oversight", "oubli");

    /// <summary>The debtor contests the goods, the service or the invoice (<i>litige</i>).</summary>
    public static readonly ReasonFamily Dispute = new(nameof(Dispute), 2, "dispute", "litige");

    /// <summary>The payment rail failed: card, direct debit, transfer (<i>incident de paiement</i>).</summary>
    public static readonly ReasonFamily PaymentFailure = new(nameof(PaymentFailure), 3, "payment failure", "incident de paiement");

    /// <summary>A life or business event: job loss, illness, death, separation, downturn (<i>difficultés</i>).</summary>
    public static readonly ReasonFamily Hardship = new(nameof(Hardship), 4, "hardship", "difficultés");

    /// <summary>The debtor is, or probably is, insolvent (<i>insolvabilité, procédure collective</i>).</summary>
    public static readonly ReasonFamily Insolvency = new(nameof(Insolvency), 5, "insolvency", "insolvabilité");

    /// <summary>We are at fault: our invoice or our delivery (<i>erreur interne</i>).</summary>
    public static readonly ReasonFamily Internal = new(nameof(Internal), 6, "our error", "erreur interne");

    /// <summary>The debtor can pay and will not (<i>refus, mauvaise foi</i>).</summary>
    public static readonly ReasonFamily Refusal = new(nameof(Refusal), 7, "refusal", "refus de payer");

    /// <summary>Nothing says why yet; a raw code or text may be kept (<i>motif inconnu</i>).</summary>
    public static readonly ReasonFamily Unknown = new(nameof(Unknown), 8, "unknown", "inconnu");

    private ReasonFamily(string name, int value, string label, string frenchLabel)
        : base(name, value, label, frenchLabel)
    {
    }
}
