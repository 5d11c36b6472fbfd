using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;
using Recouvrement.Escalation;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>
/// What to do on a case as of a date: the actions due, the steps passed over and why, what the case waits for, and the
/// next step ahead. Deciding again on the same data gives the same decision.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CaseDecision
{
    private readonly CaseAction[] actions;
    private readonly SkippedStep[] skipped;
    private readonly CaseHold[] holds;

    internal CaseDecision(string caseId, LocalDate asOf, CaseState state, CaseAction[] actions, SkippedStep[] skipped, CaseHold[] holds, EscalationStep? nextStep, LocalDate? nextStepOn)
    {
        CaseId = caseId;
        AsOf = asOf;
        State = state;
        this.actions = actions;
        this.skipped = skipped;
        this.holds = holds;
        NextStep = nextStep;
        NextStepOn = nextStepOn;
    }

    /// <summary>Gets the case's identifier.</summary>
    public string CaseId { get; }

    /// <summary>Gets the decision date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the case's state.</summary>
    public CaseState State { get; }

    /// <summary>Gets the actions due, at most one ladder step.</summary>
    public IReadOnlyList<CaseAction> Actions => System.Array.AsReadOnly(actions);

    /// <summary>Gets the ladder steps passed over on the way to the next one, each with its cause.</summary>
    public IReadOnlyList<SkippedStep> Skipped => System.Array.AsReadOnly(skipped);

    /// <summary>Gets what the case, or some of its items, waits for.</summary>
    public IReadOnlyList<CaseHold> Holds => System.Array.AsReadOnly(holds);

    /// <summary>
    /// Gets what the decision says of posting late-payment penalties: the items held (disputed, our own error, a plan
    /// kept, a forbearance) and those whose penalties were dropped (a dispute the debtor won).
    /// </summary>
    public IReadOnlyList<PenaltyHold> PenaltyHolds => System.Array.AsReadOnly(PenaltyHoldArray);

    /// <summary>Gets the next ladder step not yet due, when the ladder goes on.</summary>
    public EscalationStep? NextStep { get; }

    /// <summary>Gets the day <see cref="NextStep"/> falls due, the calendar aside.</summary>
    public LocalDate? NextStepOn { get; }

    internal PenaltyHold[] PenaltyHoldArray { get; init; } = [];

    /// <summary>Gets the actions, for the run to read without a view.</summary>
    internal CaseAction[] ActionArray => actions;

    /// <summary>Gets the holds, for the run to read without a view.</summary>
    internal CaseHold[] HoldArray => holds;

    /// <summary>Gets the steps skipped, for the run to read without a view.</summary>
    internal SkippedStep[] SkippedArray => skipped;

    /// <summary>Gets a value indicating whether a hold stops the whole ladder.</summary>
    public bool IsPaused => holds.Any(h => h.Kind.StopsLadder);

    /// <summary>Renders the decision in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(CultureInfo.InvariantCulture);

    /// <summary>Renders the decision, in French for a French culture, in English otherwise.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The text, the same on every machine.</returns>
    public string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        var text = new StringBuilder()
            .Append(wording.Pick("Case ", "Dossier ")).Append(CaseId).Append(wording.Pick(" as of ", " au ")).Append(wording.Date(AsOf))
            .Append(wording.Pick(": ", " : ")).AppendLine(State.LabelIn(wording));
        foreach (var action in actions)
        {
            text.Append("  → ").AppendLine(action.Describe(culture));
        }

        foreach (var skip in skipped)
        {
            text.Append("  · ").AppendLine(skip.Describe(culture));
        }

        foreach (var hold in holds)
        {
            text.Append(wording.Pick("  waiting: ", "  en attente : ")).AppendLine(hold.Describe(culture));
        }

        foreach (var hold in PenaltyHoldArray)
        {
            text.Append("  · ").AppendLine(hold.Describe(culture));
        }

        if (NextStep is not null && NextStepOn is { } on)
        {
            text.Append(wording.Pick("  next step: '", "  prochaine étape : « ")).Append(NextStep.Name).Append(wording.Pick("' on ", " » le ")).AppendLine(wording.Date(on));
        }

        return text.ToString().TrimEnd();
    }
}
