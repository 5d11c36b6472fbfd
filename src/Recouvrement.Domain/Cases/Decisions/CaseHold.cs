using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>Something the case, or some of its items, waits for.</summary>
public sealed record CaseHold
{
    /// <summary>Initializes a new instance of the <see cref="CaseHold"/> record.</summary>
    /// <param name="kind">Why it waits.</param>
    /// <param name="until">The last day of the wait, when it has one.</param>
    public CaseHold(HoldKind kind, LocalDate? until)
    {
        Kind = kind;
        Until = until;
    }

    /// <summary>Gets why it waits.</summary>
    public HoldKind Kind { get; init; }

    /// <summary>Gets the last day of the wait, when it has one.</summary>
    public LocalDate? Until { get; init; }

    /// <summary>Gets the name of the rule that decided it (see <see cref="CaseRules"/>); the decision sets it when the rule did not.</summary>
    public string? Rule { get; init; }

    /// <summary>Gets the items held, for a dispute. Copied: compared by content.</summary>
    public IReadOnlyList<string> ItemIds { get; init => field = ValueList.OrNull(value); } = ValueList<string>.Empty;

    /// <summary>Gets what the hold is about in a few words: the missing data, the plan's health, the proceeding.</summary>
    public string? Detail { get; init; }

    /// <summary>Gets the amount at stake: the amount promised.</summary>
    public Money? Amount { get; init; }

    /// <summary>Describes the hold in English.</summary>
    /// <returns>One line.</returns>
    public override string ToString() => Describe(CultureInfo.InvariantCulture);

    /// <summary>Describes the hold in one line, in French for a French culture, in English otherwise.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The text.</returns>
    public string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        var text = Kind.LabelIn(wording);
        if (ItemIds.Count > 0)
        {
            text += " (" + string.Join(", ", ItemIds) + ")";
        }

        if (Detail is not null)
        {
            text += ": " + Detail;
        }

        if (Amount is { } amount)
        {
            text += (Detail is null ? ": " : ", ") + wording.Amount(amount);
        }

        return Until is { } until ? text + (wording.Pick(", until ", ", jusqu'au ")) + wording.Date(until) : text;
    }
}
