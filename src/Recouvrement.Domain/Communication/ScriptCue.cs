namespace Recouvrement.Communication;

/// <summary>
/// The steps of a collection conversation a script reminds the collector of — the TECREP method of seed 001: listen,
/// rephrase, empathise, thank, evaluate solutions, agree on one that suits both sides.
/// </summary>
/// <remarks>This type is immutable and thread-safe. Values follow the order of the conversation.</remarks>
public sealed class ScriptCue : Vocabulary<ScriptCue>
{
    /// <summary>Listen (<i>écouter</i>): let the debtor say why they have not paid.</summary>
    public static readonly ScriptCue Listen = new(nameof(Listen), 1, "Listen: let the debtor explain why the invoice is unpaid", "Écouter : laisser le débiteur expliquer pourquoi la facture est impayée");

    /// <summary>Rephrase (<i>reformuler</i>): say back what was understood.</summary>
    public static readonly ScriptCue Rephrase = new(nameof(Rephrase), 2, "Rephrase: say back what you understood", "Reformuler : redire ce que vous avez compris");

    /// <summary>Empathise (<i>faire preuve d'empathie</i>): acknowledge the situation.</summary>
    public static readonly ScriptCue Empathise = new(nameof(Empathise), 3, "Empathise: acknowledge the situation", "Faire preuve d'empathie : reconnaître la situation");

    /// <summary>Thank (<i>remercier</i>): thank the debtor for the exchange.</summary>
    public static readonly ScriptCue Thank = new(nameof(Thank), 4, "Thank: thank the debtor for talking", "Remercier : remercier le débiteur pour l'échange");

    /// <summary>Evaluate solutions (<i>évaluer les solutions</i>): what can the debtor pay, when, how.</summary>
    public static readonly ScriptCue EvaluateSolutions = new(nameof(EvaluateSolutions), 5, "Evaluate solutions: what can be paid, when and how", "Évaluer les solutions : quoi payer, quand et comment");

    /// <summary>Agree (<i>s'accorder</i>): settle on a solution good for both, and confirm it in writing.</summary>
    public static readonly ScriptCue Agree = new(nameof(Agree), 6, "Agree: settle on a solution good for both and confirm it in writing", "S'accorder : convenir d'une solution bonne pour les deux et la confirmer par écrit");

    private ScriptCue(string name, int value, string label, string frenchLabel)
        : base(name, value, label, frenchLabel)
    {
    }
}
