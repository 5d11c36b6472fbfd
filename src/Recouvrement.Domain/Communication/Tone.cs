namespace Recouvrement.Communication;

/// <summary>
/// How firmly a message or call speaks, from the courteous reminder to the legal step; a ladder hardens it step by step
/// and a reason can soften it (a debtor in hardship is met with empathy, not pressure).
/// </summary>
/// <remarks>This type is immutable and thread-safe. Values are ordered: a higher value is firmer.</remarks>
public sealed class Tone : Vocabulary<Tone>
{
    /// <summary>Empathetic: listen first, the debtor is going through a hard time (seed 001, TECREP).</summary>
    public static readonly Tone Empathetic = new(nameof(Empathetic), 1, "empathetic", "empathique");

    /// <summary>Courteous: a friendly reminder, the debtor probably forgot.</summary>
    public static readonly Tone Courteous = new(nameof(Courteous), 2, "courteous", "courtois");

    /// <summary>Firm: the debt is overdue and must be settled; states the consequences.</summary>
    public static readonly Tone Firm = new(nameof(Firm), 3, "firm", "ferme");

    /// <summary>Formal: the formal notice (<i>mise en demeure</i>) and what follows.</summary>
    public static readonly Tone Formal = new(nameof(Formal), 4, "formal", "formel");

    /// <summary>Legal: agency, court, proof of claim.</summary>
    public static readonly Tone Legal = new(nameof(Legal), 5, "legal", "juridique");

    private Tone(string name, int value, string label, string frenchLabel)
        : base(name, value, label, frenchLabel)
    {
    }
}
