using System.Collections.Generic;
using System.Linq;
using Recouvrement.Debtors;
using Recouvrement.Internal;

namespace Recouvrement.Escalation;

/// <summary>
/// Checks that a ladder has no dead end: its amounts are in one currency, and every overdue amount, for every kind of
/// debtor, reaches a step that ends the ladder — a court filing or a write-off proposal — that no reason restricts.
/// </summary>
internal static class LadderCoverage
{
    internal static void Check(IReadOnlyList<EscalationStep> steps, ValidationErrors errors)
    {
        var currency = OneCurrency(steps, errors);
        if (errors.HasErrors)
        {
            return;
        }

        // Coverage changes only where a step's band starts or ends: test the smallest amount and each boundary.
        var points = new SortedSet<long> { 1 };
        foreach (var step in steps)
        {
            if (step.MinimumOverdue is { } minimum)
            {
                points.Add(System.Math.Max(1, minimum.WholeMinorUnits));
            }

            if (step.MaximumOverdue is { } maximum && maximum.WholeMinorUnits < long.MaxValue)
            {
                points.Add(maximum.WholeMinorUnits + 1);
            }
        }

        foreach (var kind in DebtorKind.List.OrderBy(k => k.Value))
        {
            long? gapFrom = null;
            foreach (var point in points)
            {
                var covered = steps.Any(s => s.IsTerminal && s.Reasons.Count == 0 && (s.DebtorKinds.Count == 0 || s.DebtorKinds.Contains(kind)) && s.Covers(Money.FromMinorUnits(point, currency)));
                if (!covered)
                {
                    gapFrom ??= point;
                }
                else if (gapFrom is { } from)
                {
                    DeadEnd(kind, currency, from, point - 1, errors);
                    gapFrom = null;
                }
            }

            if (gapFrom is { } open)
            {
                DeadEnd(kind, currency, open, null, errors);
            }
        }
    }

    private static void DeadEnd(DebtorKind kind, Currency currency, long from, long? to, ValidationErrors errors)
    {
        var amounts = to is { } last
            ? $"from {Money.FromMinorUnits(from, currency)} to {Money.FromMinorUnits(last, currency)}"
            : $"of {Money.FromMinorUnits(from, currency)} or more";
        errors.Add("steps", $"{kind.Name}, {amounts}", "reaches no court filing or write-off proposal: end the ladder with one for these amounts (a debtor must never be left without a next step)", ErrorCodes.Conflict);
    }

    /// <summary>The currency of every amount of the ladder; euros when it has none.</summary>
    private static Currency OneCurrency(IReadOnlyList<EscalationStep> steps, ValidationErrors errors)
    {
        Currency? currency = null;
        for (var i = 0; i < steps.Count; i++)
        {
            foreach (var (name, amount) in new[] { ("Fee", steps[i].Fee), ("MinimumOverdue", steps[i].MinimumOverdue), ("MaximumOverdue", steps[i].MaximumOverdue) })
            {
                if (amount is not { } value)
                {
                    continue;
                }

                currency ??= value.Currency;
                if (value.Currency != currency)
                {
                    errors.Add($"steps[{i}].{name}", value, $"is not in the currency of the ladder's other amounts ({currency.Code}): a threshold is compared with a debt in its own currency", ErrorCodes.CurrencyMismatch);
                }
            }
        }

        return currency ?? Currency.EUR;
    }
}
