using System.Globalization;
using Recouvrement.Scheduling;

namespace Recouvrement.Cli.Output;

/// <summary>
/// One line of the day's tally: the principal the actions pursue and the penalties they post, kept apart — their sum
/// is neither the debt nor what the debtor owes on top of it.
/// </summary>
internal sealed record DayTally(string Key, int Actions, Money Principal, Money Penalties)
{
    /// <summary>Per reason: each debtor's debt counted once, however many actions pursue it.</summary>
    internal static IReadOnlyList<DayTally> ByReason(IEnumerable<RunAction> actions, CultureInfo culture)
        => Tally(actions, a => a.Reason is { } reason ? culture.Label(reason) : culture.Pick("not classified", "non classé"), principalOncePerDebtor: true);

    /// <summary>Per step, or per task or posting when the action is not a ladder step.</summary>
    internal static IReadOnlyList<DayTally> ByStep(IEnumerable<RunAction> actions, CultureInfo culture)
        => Tally(actions, a => TextReport.What(a, culture), principalOncePerDebtor: false);

    internal static bool IsPenalty(RunAction action)
        => action.Kind == RunActionKind.PostInterest || action.Kind == RunActionKind.PostCompensation
            || action.Kind == RunActionKind.PostFee || action.Kind == RunActionKind.PostCollectionCosts;

    private static List<DayTally> Tally(IEnumerable<RunAction> actions, Func<RunAction, string> key, bool principalOncePerDebtor)
        => [.. actions
            .Where(a => a.Kind == RunActionKind.Case || IsPenalty(a))
            .GroupBy(a => (Key: key(a), a.Amount.Currency))
            .Select(g => new DayTally(
                g.Key.Key,
                g.Count(),
                new Money(Pursued(g.Where(a => a.Kind == RunActionKind.Case), principalOncePerDebtor), g.Key.Currency),
                new Money(g.Where(IsPenalty).Sum(a => a.Amount.Amount), g.Key.Currency)))
            .OrderBy(t => t.Principal.Currency.Code, StringComparer.Ordinal)
            .ThenByDescending(t => t.Principal.Amount + t.Penalties.Amount)
            .ThenBy(t => t.Key, StringComparer.Ordinal)];

    /// <summary>A review and a step on the same debt pursue it once: per debtor, the largest amount an action pursues.</summary>
    private static decimal Pursued(IEnumerable<RunAction> cases, bool oncePerDebtor)
        => oncePerDebtor
            ? cases.GroupBy(a => a.DebtorId, StringComparer.Ordinal).Sum(d => d.Max(a => a.Amount.Amount))
            : cases.Sum(a => a.Amount.Amount);
}
