using System;
using System.Collections.Generic;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Calendars;
using Recouvrement.Communication;
using Recouvrement.Escalation;
using Recouvrement.Internal;
using Recouvrement.Jurisdictions;
using Recouvrement.Penalties;
using Recouvrement.Reasons;

namespace Recouvrement.Cases;

/// <summary>
/// A case decision being made: what the rules read (the case, the account statement, the ladder, the reason, the
/// policy) and what they have decided so far (actions, holds, skipped steps, the next step), which the next rule reads
/// in turn.
/// </summary>
/// <remarks>One decision owns its context: it is not thread-safe and must not be kept after the rule returns.</remarks>
public sealed partial class CaseDecisionContext
{
    private const int NotLookedUp = -2;

    private CaseAction[] actions = [];
    private int actionCount;
    private List<SkippedStep>? skipped;
    private List<CaseHold>? holds;
    private List<PenaltyHold>? penaltyHolds;
    private long overdue;
    private long open;
    private LocalDate reference;
    private int pursuedCount = -1;
    private int disputedCount;
    private int lastIndex = NotLookedUp;
    private InsolvencyOpened? insolvency;
    private bool insolvencyRead;

    /// <summary>A context the decider starts once per decision, and clears after (see <see cref="Table"/>).</summary>
    private CaseDecisionContext()
    {
        Policy = null!;
        Case = null!;
        Statement = null!;
        Ladder = null!;
        Calendar = WeekendCalendar.Instance;
    }

    /// <summary>Gets the decider's policy.</summary>
    public CasePolicy Policy { get; private set; }

    /// <summary>Gets the case decided on.</summary>
    public CollectionCase Case { get; private set; }

    /// <summary>Gets the debtor's account as of the decision date.</summary>
    public AccountStatement Statement { get; private set; }

    /// <summary>Gets the ladder the case follows.</summary>
    public EscalationLadder Ladder { get; private set; }

    /// <summary>Gets the deciding unpaid reason; null when none is known.</summary>
    public UnpaidReason? Reason { get; private set; }

    /// <summary>Gets what the reason classifier found from the account's signals; null when the decision was asked without it.</summary>
    public ReasonClassification? Classification { get; private set; }

    /// <summary>Gets the debtor's business calendar; weekends only when the request gave none.</summary>
    public IBusinessCalendar Calendar { get; private set; }

    /// <summary>Gets the debtor's late-payment rule; null when the request gave none.</summary>
    public LatePaymentRule? PenaltyRule { get; private set; }

    /// <summary>Gets the debtor's limitation period; null when the request gave none.</summary>
    public LimitationPeriod? Limitation { get; private set; }

    /// <summary>Gets the name of the rule being applied: what it adds is named after it.</summary>
    public string Rule { get; internal set; } = string.Empty;

    /// <summary>Gets the decision date: the statement's.</summary>
    public LocalDate AsOf => Statement.AsOf;

    /// <summary>Gets the actions decided so far, in order.</summary>
    public IReadOnlyList<CaseAction> Actions => new ArraySegment<CaseAction>(actions, 0, actionCount);

    /// <summary>Gets what the case, or some of its items, waits for so far.</summary>
    public IReadOnlyList<CaseHold> Holds => (IReadOnlyList<CaseHold>?)holds ?? [];

    /// <summary>Gets the ladder steps passed over so far, each with its cause.</summary>
    public IReadOnlyList<SkippedStep> Skipped => (IReadOnlyList<SkippedStep>?)skipped ?? [];

    /// <summary>Gets what the decision says so far of posting the items' late-payment penalties.</summary>
    public IReadOnlyList<PenaltyHold> PenaltyHolds => (IReadOnlyList<PenaltyHold>?)penaltyHolds ?? [];

    /// <summary>Gets the next ladder step not yet due, when one is planned.</summary>
    public EscalationStep? NextStep { get; private set; }

    /// <summary>Gets the day <see cref="NextStep"/> falls due.</summary>
    public LocalDate? NextStepOn { get; private set; }

    /// <summary>Gets a value indicating whether a hold so far stops the whole ladder.</summary>
    public bool IsPaused
    {
        get
        {
            if (holds is null)
            {
                return false;
            }

            foreach (var hold in holds)
            {
                if (hold.Kind.StopsLadder)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Gets the day from which the next ladder step falls due, when a broken promise or plan set it.</summary>
    public LocalDate? EscalateOn { get; private set; }

    /// <summary>Gets a value indicating whether a broken promise brought the next step forward.</summary>
    public bool AfterBrokenPromise { get; private set; }

    /// <summary>Gets the tone a reminder must be firmer than to be sent, when something hardened the ladder.</summary>
    public Tone? FirmerThan { get; private set; }

    /// <summary>Gets why reminders no firmer than <see cref="FirmerThan"/> are passed over.</summary>
    public SkipCause? HardenedBy { get; private set; }

    /// <summary>Adds an action.</summary>
    /// <param name="action">The action; due on the decision date at the latest.</param>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is null.</exception>
    /// <exception cref="ArgumentException">The action falls due after the decision date, or its amount is in another currency.</exception>
    public void Add(CaseAction action)
    {
        var checkedAction = Checked(action, nameof(action));
        if (actionCount == actions.Length)
        {
            // Most decisions ask for one action: the array grows from one, and is the decision's when full.
            Array.Resize(ref actions, Math.Max(1, actions.Length * 2));
        }

        actions[actionCount++] = checkedAction;
    }

    /// <summary>Replaces an action decided earlier, or withdraws it.</summary>
    /// <param name="existing">The action, as in <see cref="Actions"/>.</param>
    /// <param name="replacement">The action in its place; null to withdraw it.</param>
    /// <exception cref="ArgumentException"><paramref name="existing"/> is not one of the actions, or the replacement is not valid.</exception>
    public void Replace(CaseAction existing, CaseAction? replacement)
    {
        var index = -1;
        for (var i = 0; i < actionCount && index < 0; i++)
        {
            index = ReferenceEquals(actions[i], existing) ? i : -1;
        }

        Preconditions.CheckArgument(index >= 0, nameof(existing), "The action is not one of the decision's.");
        ReplaceAt(index, replacement);
    }

    /// <summary>Adds a hold.</summary>
    /// <param name="hold">What the case, or some items, waits for.</param>
    /// <exception cref="ArgumentNullException"><paramref name="hold"/> is null.</exception>
    public void Hold(CaseHold hold)
    {
        Preconditions.CheckNotNull(hold, nameof(hold));
        Preconditions.CheckArgument(hold.Kind is not null, nameof(hold), "A hold needs its kind.");
        (holds ??= new List<CaseHold>(2)).Add(hold.Rule is null ? hold with { Rule = Rule } : hold);
    }

    /// <summary>Records a ladder step passed over, with its cause.</summary>
    /// <param name="step">The step and why.</param>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is null.</exception>
    public void Skip(SkippedStep step)
    {
        Preconditions.CheckNotNull(step, nameof(step));
        Preconditions.CheckArgument(step.Step is not null && step.Cause is not null, nameof(step), "A skipped step needs the step and its cause.");
        (skipped ??= new List<SkippedStep>(2)).Add(step.Rule is null ? step with { Rule = Rule } : step);
    }

    /// <summary>Holds, or drops, the posting of an item's late-payment penalties.</summary>
    /// <param name="hold">The item and why.</param>
    /// <exception cref="ArgumentNullException"><paramref name="hold"/> is null.</exception>
    public void HoldPenalties(PenaltyHold hold)
    {
        Preconditions.CheckNotNull(hold, nameof(hold));
        Preconditions.CheckArgument(hold.ItemId is not null && hold.Cause is not null, nameof(hold), "A penalty hold needs its item and its cause.");
        (penaltyHolds ??= new List<PenaltyHold>(2)).Add(hold);
    }

    /// <summary>Plans the next ladder step, or clears the plan.</summary>
    /// <param name="step">The step; null for none.</param>
    /// <param name="on">The day it falls due.</param>
    public void PlanNextStep(EscalationStep? step, LocalDate? on)
        => (NextStep, NextStepOn) = step is null ? (null, null) : (step, on);

    /// <summary>Makes the next ladder step due from a day: a broken promise or plan held the ladder until then.</summary>
    /// <param name="day">The day.</param>
    /// <param name="brokenPromise">Whether a broken promise is the cause.</param>
    public void EscalateFrom(LocalDate day, bool brokenPromise)
        => (EscalateOn, AfterBrokenPromise) = (day, AfterBrokenPromise || brokenPromise);

    /// <summary>Passes over the reminders no firmer than <paramref name="tone"/>; the firmest hardening wins.</summary>
    /// <param name="tone">The tone a reminder must be firmer than.</param>
    /// <param name="cause">Why, for the skipped steps.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Harden(Tone tone, SkipCause cause)
    {
        Preconditions.CheckNotNull(tone, nameof(tone));
        Preconditions.CheckNotNull(cause, nameof(cause));
        if (FirmerThan is null || tone.Value > FirmerThan.Value)
        {
            (FirmerThan, HardenedBy) = (tone, cause);
        }
    }

    /// <summary>Gets how many actions are decided so far (the library's rules read them without a view).</summary>
    internal int ActionCount => actionCount;

    /// <summary>The action at <paramref name="index"/>, below <see cref="ActionCount"/>.</summary>
    internal CaseAction ActionAt(int index) => actions[index];

    /// <summary>Replaces the action at <paramref name="index"/>, or withdraws it when <paramref name="replacement"/> is null.</summary>
    internal void ReplaceAt(int index, CaseAction? replacement)
    {
        if (replacement is null)
        {
            Array.Copy(actions, index + 1, actions, index, actionCount - index - 1);
            actions[--actionCount] = null!;
        }
        else
        {
            actions[index] = Checked(replacement, nameof(replacement));
        }
    }

    /// <summary>
    /// The last day of a legal deadline ending on <paramref name="day"/>: the next business day of the debtor's calendar
    /// when it falls on a Saturday, a Sunday or a public holiday (C. proc. civ. 642).
    /// </summary>
    /// <param name="day">The day the deadline would end.</param>
    /// <returns>The day it ends.</returns>
    public LocalDate Deadline(LocalDate day) => Calendar.Adjust(day, BusinessDayConvention.Following);

    internal CaseDecision ToDecision()
        => new(Case.Id, AsOf, History.State, actions.AsSpan(0, actionCount).ToArray(), skipped is null ? [] : [.. skipped], holds is null ? [] : [.. holds], NextStep, NextStepOn)
        {
            PenaltyHoldArray = penaltyHolds is null ? [] : [.. penaltyHolds],
        };

    /// <summary>Readies the context for one decision.</summary>
    private void Start(CasePolicy policy, in CaseDecisionRequest request)
    {
        Policy = policy;
        Case = request.Case;
        Statement = request.Statement;
        Ladder = request.Ladder;
        Classification = request.Classification;
        Reason = request.Classification?.Primary.Reason ?? request.Reason;
        Calendar = request.Calendar ?? WeekendCalendar.Instance;
        PenaltyRule = request.PenaltyRule;
        Limitation = request.Limitation;
    }

    /// <summary>Forgets the decision: its inputs, what the rules decided and the facts looked up; the tables stay.</summary>
    private void Clear()
    {
        Array.Clear(actions, 0, actionCount);
        actionCount = 0;
        skipped?.Clear();
        holds?.Clear();
        penaltyHolds?.Clear();
        (overdue, open, reference) = (0, 0, default);
        (pursuedCount, disputedCount, lastIndex) = (-1, 0, NotLookedUp);
        (insolvency, insolvencyRead) = (null, false);
        (Policy, Case, Statement, Ladder, Classification, Reason, PenaltyRule, Limitation) = (null!, null!, null!, null!, null, null, null, null);
        Calendar = WeekendCalendar.Instance;
        Rule = string.Empty;
        (NextStep, NextStepOn, EscalateOn) = (null, null, null);
        (AfterBrokenPromise, FirmerThan, HardenedBy) = (false, null, null);
    }

    /// <summary>
    /// The thread's context for a decision, rented from <see cref="Scratch{T}"/>: a context is kept only while its rules
    /// run (see the remarks above), so one serves the thread's decisions in turn, and a rule that decides another case
    /// meanwhile rents another.
    /// </summary>
    internal sealed class Table : IScratchTable
    {
        internal CaseDecisionContext Context { get; } = new();

        internal CaseDecisionContext Start(CasePolicy policy, in CaseDecisionRequest request)
        {
            Context.Start(policy, request);
            return Context;
        }

        public void Clear() => Context.Clear();
    }

    /// <summary>The action, checked; the messages are written only for a rule that fails.</summary>
    private CaseAction Checked(CaseAction action, string name)
    {
        Preconditions.CheckNotNull(action, name);
        Preconditions.CheckArgument(action.Kind is not null, name, "An action needs its kind.");
        action = action.Rule is null ? action with { Rule = Rule } : action;
        if (action.DueOn > AsOf)
        {
            throw new ArgumentException($"An action cannot fall due after the decision date ({Iso.Date(AsOf)}).", name);
        }

        if (action.Amount.Currency is { } currency && currency != Statement.Currency)
        {
            throw new ArgumentException($"An action's amount is in the account's currency ({Statement.Currency.Code}), not {currency.Code}.", name);
        }

        return action;
    }
}
