using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.Result;
using Recouvrement.Communication;
using Recouvrement.Debtors;
using Recouvrement.Internal;

namespace Recouvrement.Escalation;

/// <summary>
/// Builds an <see cref="EscalationLadder"/> step by step; <see cref="Build"/> checks the whole ladder and names every
/// problem at once. A builder is not thread-safe; the ladder it builds is.
/// </summary>
public sealed class EscalationLadderBuilder
{
    private readonly string name;
    private readonly string country;
    private readonly List<EscalationStep?> steps = [];
    private int graceDays;

    internal EscalationLadderBuilder(string name, string country) => (this.name, this.country) = (name, country);

    /// <summary>
    /// Gives the whole ladder a grace period (SAP's grace days of a dunning procedure): every step timed from the due date
    /// falls that many days later, without editing each step; pre-due reminders and steps timed from the previous one do
    /// not move.
    /// </summary>
    /// <param name="days">The days of grace, zero or more.</param>
    /// <returns>This builder.</returns>
    public EscalationLadderBuilder WithGraceDays(int days)
    {
        graceDays = days;
        return this;
    }

    /// <summary>Adds a step.</summary>
    /// <param name="step">The step.</param>
    /// <returns>This builder.</returns>
    public EscalationLadderBuilder Add(EscalationStep? step)
    {
        steps.Add(step);
        return this;
    }

    /// <summary>Adds a reminder.</summary>
    /// <param name="stepName">The step's name.</param>
    /// <param name="daysAfterDue">Days after the due date, negative before it.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="tone">The tone.</param>
    /// <param name="templateKey">The template.</param>
    /// <param name="configure">Sets the step's other properties (fee, conditions, approval) on the step given.</param>
    /// <returns>This builder.</returns>
    public EscalationLadderBuilder Remind(string stepName, int daysAfterDue, StepChannel channel, Tone tone, string templateKey, Func<EscalationStep, EscalationStep>? configure = null)
        => Add(stepName, StepKind.Reminder, daysAfterDue, channel, tone, templateKey, configure);

    /// <summary>Adds the formal notice (<i>mise en demeure</i>): a registered letter in a formal tone, 8 days to respond unless configured.</summary>
    /// <param name="stepName">The step's name.</param>
    /// <param name="daysAfterDue">Days after the due date.</param>
    /// <param name="templateKey">The template.</param>
    /// <param name="configure">Sets the step's other properties.</param>
    /// <returns>This builder.</returns>
    public EscalationLadderBuilder FormalNotice(string stepName, int daysAfterDue, string templateKey, Func<EscalationStep, EscalationStep>? configure = null)
        => Add(stepName, StepKind.FormalNotice, daysAfterDue, StepChannel.RegisteredLetter, Tone.Formal, templateKey, configure);

    /// <summary>Hands the file to a collection agency; a person approves it by default.</summary>
    /// <param name="stepName">The step's name.</param>
    /// <param name="daysAfterDue">Days after the due date.</param>
    /// <param name="templateKey">The template.</param>
    /// <param name="configure">Sets the step's other properties.</param>
    /// <returns>This builder.</returns>
    public EscalationLadderBuilder HandToAgency(string stepName, int daysAfterDue, string templateKey, Func<EscalationStep, EscalationStep>? configure = null)
        => Add(stepName, StepKind.Agency, daysAfterDue, StepChannel.AgencyHandover, Tone.Legal, templateKey, s => (configure ?? (x => x))(s with { RequiresApproval = true }));

    /// <summary>Files the case in court; a person approves it by default.</summary>
    /// <param name="stepName">The step's name.</param>
    /// <param name="daysAfterDue">Days after the due date.</param>
    /// <param name="templateKey">The template.</param>
    /// <param name="configure">Sets the step's other properties.</param>
    /// <returns>This builder.</returns>
    public EscalationLadderBuilder FileInCourt(string stepName, int daysAfterDue, string templateKey, Func<EscalationStep, EscalationStep>? configure = null)
        => Add(stepName, StepKind.Court, daysAfterDue, StepChannel.CourtFiling, Tone.Legal, templateKey, s => (configure ?? (x => x))(s with { RequiresApproval = true }));

    /// <summary>
    /// Proposes writing the debt off to a manager (<i>passage en perte</i>), nothing sent to the debtor: for the amounts
    /// whose recovery would cost more than they bring (set <see cref="EscalationStep.MaximumOverdue"/>). It ends the
    /// ladder; a person approves it.
    /// </summary>
    /// <param name="stepName">The step's name.</param>
    /// <param name="daysAfterDue">Days after the due date.</param>
    /// <param name="templateKey">The template of the proposal.</param>
    /// <param name="configure">Sets the step's other properties.</param>
    /// <returns>This builder.</returns>
    public EscalationLadderBuilder ProposeWriteOff(string stepName, int daysAfterDue, string templateKey, Func<EscalationStep, EscalationStep>? configure = null)
        => Add(stepName, StepKind.WriteOff, daysAfterDue, StepChannel.ManagerReview, Tone.Formal, templateKey, s => (configure ?? (x => x))(s with { RequiresApproval = true }));

    /// <summary>Checks the ladder and builds it.</summary>
    /// <returns>The ladder, or an invalid result naming every problem: steps out of order or too close, a formal notice
    /// without a reminder before it, a court filing without a formal notice, a negative fee or a fee a consumer cannot be
    /// charged, amounts in several currencies or a minimum above a maximum, a missing channel, tone or template, duplicate
    /// names, and a dead end — an overdue amount, for some kind of debtor, that no court filing or write-off proposal
    /// ends.</returns>
    public Result<EscalationLadder> Build()
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add("name", name, "must not be blank", ErrorCodes.Required);
        }

        if (country is null || country.Length != 2)
        {
            errors.Add("country", country, "must be an ISO 3166 alpha-2 code (\"FR\")", ErrorCodes.Format);
        }

        if (steps.Count == 0)
        {
            errors.Add("steps", 0, "must hold at least one step", ErrorCodes.Required);
        }

        if (graceDays < 0)
        {
            errors.Add(nameof(EscalationLadder.GraceDays), graceDays, "must be zero or more", ErrorCodes.OutOfRange);
        }

        int? previous = null;
        var reminders = 0;
        var formalNotice = false;
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            var field = $"steps[{i}]";
            if (steps[i] is not { } step)
            {
                errors.Add(field, null, "must not be null", ErrorCodes.Required);
                continue;
            }

            CheckStep(field, step, names, errors);
            var at = step.AfterPreviousStep ? (previous ?? 0) + step.DaysAfterDue : step.DaysAfterDue;
            if (previous is { } before && at < before + step.MinimumGapDays)
            {
                errors.Add($"{field}.DaysAfterDue", step.DaysAfterDue, $"puts '{step.Name}' on day {at}, less than {step.MinimumGapDays} day(s) after the previous step (day {before})", ErrorCodes.OutOfRange);
            }

            previous = at;
            switch (step.Kind)
            {
                case StepKind.Reminder:
                    reminders++;
                    break;
                case StepKind.FormalNotice or StepKind.WriteOff when reminders == 0:
                    errors.Add($"{field}.Kind", step.Kind, $"a {(step.Kind == StepKind.WriteOff ? "write-off proposal" : "formal notice")} follows at least one reminder", ErrorCodes.Conflict);
                    break;
                case StepKind.Court when !formalNotice:
                    errors.Add($"{field}.Kind", step.Kind, "a court filing follows a formal notice", ErrorCodes.Conflict);
                    break;
            }

            formalNotice |= step.Kind == StepKind.FormalNotice;
        }

        if (!errors.HasErrors)
        {
            LadderCoverage.Check(steps!, errors);
        }

        return errors.ToResult(() => new EscalationLadder(name.Trim(), country!.ToUpperInvariant(), [.. steps.Select(s => s!)]) { GraceDays = graceDays });
    }

    private EscalationLadderBuilder Add(string stepName, StepKind kind, int daysAfterDue, StepChannel channel, Tone tone, string templateKey, Func<EscalationStep, EscalationStep>? configure)
    {
        var step = new EscalationStep(stepName, kind, daysAfterDue, channel, tone, templateKey);
        return Add(configure is null ? step : configure(step));
    }

    private void CheckStep(string field, EscalationStep step, HashSet<string> names, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(step.Name) || !names.Add(step.Name))
        {
            errors.Add($"{field}.Name", step.Name, "must be given and unique in the ladder", ErrorCodes.Conflict);
        }

        if (step.Channel is null || step.Tone is null || string.IsNullOrWhiteSpace(step.TemplateKey))
        {
            errors.Add(field, step.Name, "needs a channel, a tone and a template key", ErrorCodes.Required);
        }

        if (step.MinimumGapDays < 0 || (step.AfterPreviousStep && step.DaysAfterDue < 1))
        {
            errors.Add($"{field}.MinimumGapDays", step.MinimumGapDays, "must not be negative, and a step counted from the previous one comes at least a day later", ErrorCodes.OutOfRange);
        }

        if (step.MinimumOverdue is { } minimum && step.MaximumOverdue is { } maximum && (minimum.Currency != maximum.Currency || minimum > maximum))
        {
            errors.Add($"{field}.MaximumOverdue", maximum, $"must not be below the minimum ({minimum}), in the same currency", ErrorCodes.OutOfRange);
        }

        if (step.MinimumOverduePercent is { } percent && (percent <= 0m || percent > 100m || step.IsTerminal))
        {
            errors.Add($"{field}.MinimumOverduePercent", percent, step.IsTerminal ? "a court or write-off step ends the ladder for every account: give it an amount, not a share of the balance" : "must be above 0 and at most 100", ErrorCodes.OutOfRange);
        }

        if (step.Kind == StepKind.FormalNotice && step.ResponseDays < 1)
        {
            errors.Add($"{field}.ResponseDays", step.ResponseDays, "a formal notice gives at least a day to respond", ErrorCodes.OutOfRange);
        }

        if (step.Fee is { } fee)
        {
            if (fee.IsNegative || !fee.IsWholeMinorUnits)
            {
                errors.Add($"{field}.Fee", fee, "must not be negative, in whole minor units", ErrorCodes.OutOfRange);
            }
            else if (fee.IsPositive && country == "FR" && (step.DebtorKinds.Count == 0 || step.DebtorKinds.Contains(DebtorKind.Consumer)))
            {
                errors.Add($"{field}.Fee", fee, "collection costs cannot be charged to a consumer in France without an enforceable title (C. proc. civ. exécution L111-8): restrict the step to businesses", ErrorCodes.Conflict);
            }
        }
    }
}
