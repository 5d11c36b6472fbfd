using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Recouvrement.Internal;

namespace Recouvrement.Escalation;

/// <summary>
/// An escalation ladder (<i>scénario de relance</i>): ordered steps from the courteous reminder to the formal notice
/// (<i>mise en demeure</i>), then the agency and the court. Built and validated by <see cref="Builder"/>.
/// </summary>
/// <remarks>This type is immutable and thread-safe; <see cref="EscalationLadders"/> ships examples.</remarks>
public sealed class EscalationLadder
{
    internal EscalationLadder(string name, string country, EscalationStep[] steps)
    {
        Name = name;
        Country = country;
        Steps = System.Array.AsReadOnly(steps);
    }

    /// <summary>Gets the ladder's name.</summary>
    public string Name { get; }

    /// <summary>Gets the country whose law the ladder follows (ISO 3166 alpha-2).</summary>
    public string Country { get; }

    /// <summary>Gets the steps, in order.</summary>
    public IReadOnlyList<EscalationStep> Steps { get; }

    /// <summary>
    /// Gets the ladder's grace period: the days every step timed from the due date waits beyond its own
    /// <see cref="EscalationStep.DaysAfterDue"/> (0 by default; <see cref="EscalationLadderBuilder.WithGraceDays"/>).
    /// </summary>
    public int GraceDays { get; internal init; }

    /// <summary>The days after the due date a step timed from it falls on, the grace period included; a pre-due reminder's own.</summary>
    internal int DaysAfterDue(EscalationStep step) => step.DaysAfterDue >= 0 ? step.DaysAfterDue + GraceDays : step.DaysAfterDue;

    /// <summary>Starts a ladder.</summary>
    /// <param name="name">The ladder's name.</param>
    /// <param name="country">The country whose law applies (ISO 3166 alpha-2, "FR"): fees to consumers are refused in France.</param>
    /// <returns>A builder.</returns>
    public static EscalationLadderBuilder Builder(string name, string country) => new(name, country);

    /// <summary>Renders the ladder in English.</summary>
    /// <returns>One line per step.</returns>
    public override string ToString() => Describe(CultureInfo.InvariantCulture);

    /// <summary>Renders the ladder, one line per step, in French for a French culture, in English otherwise.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The text, the same on every machine.</returns>
    public string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        var text = new StringBuilder().Append(Name).Append(" (").Append(Country).Append(')');
        text.AppendLine(GraceDays == 0 ? string.Empty : wording.Pick($", {GraceDays} days of grace", $", {GraceDays} j de grâce"));
        foreach (var step in Steps)
        {
            var when = step.AfterPreviousStep
                ? (wording.Pick($"{step.DaysAfterDue} days after the previous step", $"{step.DaysAfterDue} j après l'étape précédente"))
                : step.DaysAfterDue < 0 ? (wording.Pick($"{-step.DaysAfterDue} days before the due date", $"{-step.DaysAfterDue} j avant l'échéance"))
                : (wording.Pick($"due date + {DaysAfterDue(step)} days", $"J+{DaysAfterDue(step)}"));
            text.Append("  ").Append(step.Name).Append(wording.Pick(": ", " : ")).Append(when).Append(", ")
                .Append(step.Channel.LabelIn(wording)).Append(", ").Append(step.Tone.LabelIn(wording));
            if (step.Kind == StepKind.FormalNotice)
            {
                text.Append(wording.Pick($", {step.ResponseDays} days to respond", $", réponse sous {step.ResponseDays} jours"));
            }

            if (step.Fee is { } fee)
            {
                text.Append(wording.Pick(", fee ", ", frais ")).Append(wording.Amount(fee));
            }

            if (step.MinimumOverdue is { } minimum)
            {
                text.Append(wording.Pick(", from ", ", à partir de ")).Append(wording.Amount(minimum));
            }

            if (step.MaximumOverdue is { } maximum)
            {
                text.Append(wording.Pick(", up to ", ", jusqu'à ")).Append(wording.Amount(maximum));
            }

            if (step.RequiresApproval)
            {
                text.Append(wording.Pick(", needs approval", ", sur validation"));
            }

            text.AppendLine();
        }

        return text.ToString().TrimEnd();
    }
}
