using System;
using System.Collections.Generic;
using System.Linq;
using Recouvrement.Communication;
using Recouvrement.Debtors;
using Recouvrement.Escalation;
using Recouvrement.Jurisdictions;
using Recouvrement.Reasons;

namespace Recouvrement.Extensions.Internal;

/// <summary>The ladders: the shipped ones by name, the configured ones, and the segments that choose among them.</summary>
internal sealed partial class SetupBuilder
{
    private static readonly Dictionary<string, EscalationLadder> Shipped = new(StringComparer.Ordinal)
    {
        [nameof(EscalationLadders.ConsumerSmallAmount)] = EscalationLadders.ConsumerSmallAmount,
        [nameof(EscalationLadders.ConsumerInstalmentCredit)] = EscalationLadders.ConsumerInstalmentCredit,
        [nameof(EscalationLadders.BusinessStandard)] = EscalationLadders.BusinessStandard,
        [nameof(EscalationLadders.BusinessKeyAccount)] = EscalationLadders.BusinessKeyAccount,
        [nameof(EscalationLadders.PublicAuthority)] = EscalationLadders.PublicAuthority,
    };

    private Dictionary<string, EscalationLadder> Ladders(Jurisdiction home)
    {
        var ladders = new Dictionary<string, EscalationLadder>(Shipped, StringComparer.Ordinal);
        foreach (var pair in options.Ladders)
        {
            var (name, ladder) = (pair.Key, pair.Value);
            var at = $"Ladders:{name}";
            var builder = EscalationLadder.Builder(name, ladder is null ? string.Empty : ladder.Country ?? home.Country).WithGraceDays(ladder?.GraceDays ?? 0);
            var steps = ladder?.Steps ?? [];
            for (var i = 0; i < steps.Count; i++)
            {
                builder.Add(Step($"{at}:Steps:{i}", steps[i]));
            }

            if (ValueOf(at, builder.Build()) is { } built)
            {
                ladders[name] = built;
            }
        }

        return ladders;
    }

    private EscalationStep? Step(string at, StepOptions? step)
    {
        if (step is null)
        {
            return null;
        }

        var kind = Choice<StepKind>($"{at}:Kind", step.Kind);
        if (kind is null)
        {
            return null;
        }

        var (defaultChannel, defaultTone) = kind switch
        {
            StepKind.FormalNotice => (StepChannel.RegisteredLetter, Tone.Formal),
            StepKind.Agency => (StepChannel.AgencyHandover, Tone.Legal),
            StepKind.Court => (StepChannel.CourtFiling, Tone.Legal),
            StepKind.WriteOff => (StepChannel.ManagerReview, Tone.Formal),
            _ => (StepChannel.Email, Tone.Courteous),
        };
        var channel = step.Channel is null ? defaultChannel : Named<StepChannel>($"{at}:Channel", step.Channel);
        var tone = step.Tone is null ? defaultTone : Named<Tone>($"{at}:Tone", step.Tone);
        var kinds = step.DebtorKinds.Select((name, i) => Named<DebtorKind>($"{at}:DebtorKinds:{i}", name)).ToList();
        var reasons = step.Reasons.Select((name, i) => Named<UnpaidReason>($"{at}:Reasons:{i}", name)).ToList();
        return new EscalationStep(step.Name ?? string.Empty, kind.Value, step.DaysAfterDue, channel!, tone!, step.TemplateKey ?? string.Empty)
        {
            AfterPreviousStep = step.AfterPreviousStep,
            MinimumGapDays = step.MinimumGapDays,
            Fee = Amount(step.Fee),
            MinimumOverdue = Amount(step.MinimumOverdue),
            MinimumOverduePercent = step.MinimumOverduePercent,
            MaximumOverdue = Amount(step.MaximumOverdue),
            DebtorKinds = [.. kinds.Where(x => x is not null).Select(x => x!)],
            Reasons = [.. reasons.Where(x => x is not null).Select(x => x!)],
            RequiresApproval = step.RequiresApproval ?? kind is StepKind.Agency or StepKind.Court or StepKind.WriteOff,
            ResponseDays = step.ResponseDays,
        };
    }

    /// <summary>The home jurisdiction's ladders, with the default ladder and the segments the options name in place of its own.</summary>
    private LadderSelection? Selection(Dictionary<string, EscalationLadder> ladders, Jurisdiction home)
    {
        if (options.DefaultLadder is null && options.Segments.Count == 0)
        {
            return home.Ladders;
        }

        // Without segments, consumers and public authorities still get the ladders the jurisdiction has for them.
        var segments = new List<LadderSegment?>(options.Segments.Count == 0 ? home.Ladders.Segments : []);

        for (var i = 0; i < options.Segments.Count; i++)
        {
            var at = $"Segments:{i}";
            var segment = options.Segments[i];
            if (segment?.Ladder is not { } name || !ladders.TryGetValue(name, out var ladder))
            {
                Fail($"{at}:Ladder", segment?.Ladder, "names no ladder");
                continue;
            }

            segments.Add(new LadderSegment(ladder)
            {
                DebtorKind = segment.DebtorKind is null ? null : Named<DebtorKind>($"{at}:DebtorKind", segment.DebtorKind),
                FromOverdue = Amount(segment.FromOverdue),
                BelowOverdue = Amount(segment.BelowOverdue),
                ReasonFamily = segment.ReasonFamily is null ? null : Named<ReasonFamily>($"{at}:ReasonFamily", segment.ReasonFamily),
            });
        }

        var fallback = home.Ladders.Default;
        if (options.DefaultLadder is not null && !ladders.TryGetValue(options.DefaultLadder, out fallback))
        {
            Fail("DefaultLadder", options.DefaultLadder, "names no ladder");
            return null;
        }

        return ValueOf("Segments", LadderSelection.Create(fallback, segments));
    }
}
