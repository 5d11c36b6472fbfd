namespace Recouvrement.Reasons;

/// <summary>The kinds of formal insolvency proceedings (<i>procédures collectives</i>, C. com. book VI).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class InsolvencyProceeding : Vocabulary<InsolvencyProceeding>
{
    /// <summary>Safeguard (<i>sauvegarde</i>, C. com. L620-1): the debtor is not yet in default.</summary>
    public static readonly InsolvencyProceeding Safeguard = new(nameof(Safeguard), 1, "safeguard", "sauvegarde");

    /// <summary>Reorganisation (<i>redressement judiciaire</i>, C. com. L631-1).</summary>
    public static readonly InsolvencyProceeding Reorganisation = new(nameof(Reorganisation), 2, "reorganisation", "redressement judiciaire");

    /// <summary>Liquidation (<i>liquidation judiciaire</i>, C. com. L640-1).</summary>
    public static readonly InsolvencyProceeding Liquidation = new(nameof(Liquidation), 3, "liquidation", "liquidation judiciaire");

    private InsolvencyProceeding(string name, int value, string label, string frenchLabel)
        : base(name, value, label, frenchLabel)
    {
    }
}
