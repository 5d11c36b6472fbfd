namespace Recouvrement.Accounts;

/// <summary>Why a rule settled an item, in words a collector can quote, and the same words for a share pro rata.</summary>
internal sealed class LineReason(string text)
{
    /// <summary>Gets the reason of a line that settles an item, or takes all the money left.</summary>
    internal string Text { get; } = text;

    /// <summary>Gets the reason of a share pro rata, written once rather than at every line.</summary>
    internal string ProRata { get; } = text + ", pro rata";
}
