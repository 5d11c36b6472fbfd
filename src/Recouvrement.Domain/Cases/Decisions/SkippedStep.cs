using System.Globalization;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>A ladder step the decision passed over, and why: no level is skipped without a stated reason.</summary>
public sealed record SkippedStep
{
    /// <summary>Initializes a new instance of the <see cref="SkippedStep"/> record.</summary>
    /// <param name="step">The step.</param>
    /// <param name="cause">Why it was passed over.</param>
    public SkippedStep(Escalation.EscalationStep step, SkipCause cause)
    {
        Step = step;
        Cause = cause;
    }

    /// <summary>Gets the step.</summary>
    public Escalation.EscalationStep Step { get; init; }

    /// <summary>Gets why it was passed over.</summary>
    public SkipCause Cause { get; init; }

    /// <summary>Gets the name of the rule that decided it (see <see cref="CaseRules"/>); the decision sets it when the rule did not.</summary>
    public string? Rule { get; init; }

    /// <summary>Gets the figures behind the cause: the amount and the minimum, the debtor kind.</summary>
    public string? Detail { get; init; }

    /// <summary>Describes the skip in English.</summary>
    /// <returns>One line.</returns>
    public override string ToString() => Describe(CultureInfo.InvariantCulture);

    /// <summary>Describes the skip in one line, in French for a French culture, in English otherwise.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The text.</returns>
    public string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        var text = (wording.Pick($"'{Step.Name}' skipped: ", $"« {Step.Name} » sautée : ")) + Cause.LabelIn(wording);
        return Detail is null ? text : text + " (" + Detail + ")";
    }
}
