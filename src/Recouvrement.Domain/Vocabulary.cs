using Ardalis.SmartEnum;
using Recouvrement.Internal;

namespace Recouvrement;

/// <summary>
/// A closed vocabulary whose members a collector reads: each has a label in English and in French, for explanations,
/// scripts and letters.
/// </summary>
/// <typeparam name="TEnum">The vocabulary.</typeparam>
/// <remarks>Members are immutable and thread-safe.</remarks>
public abstract class Vocabulary<TEnum> : SmartEnum<TEnum>
    where TEnum : SmartEnum<TEnum>
{
    /// <summary>Initializes a member.</summary>
    /// <param name="name">The member's name.</param>
    /// <param name="value">The member's value.</param>
    /// <param name="label">The label in English.</param>
    /// <param name="frenchLabel">The label in French.</param>
    protected Vocabulary(string name, int value, string label, string frenchLabel)
        : base(name, value)
        => (Label, FrenchLabel) = (label, frenchLabel);

    /// <summary>Gets the label in English.</summary>
    public string Label { get; }

    /// <summary>Gets the label in French.</summary>
    public string FrenchLabel { get; }

    /// <summary>The label in French or in English.</summary>
    internal string LabelIn(Wording wording) => wording.Pick(Label, FrenchLabel);
}
