using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.Result;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>
/// A scale of extrajudicial collection costs set by law, as a share of the principal decreasing by bracket between a
/// floor and a ceiling — the Dutch WIK scale (<see cref="CollectionCostScales.NetherlandsWik"/>) — in force from a date.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CollectionCostScale
{
    private readonly CostBracket[] brackets;

    private CollectionCostScale(string name, string source, LocalDate inForceFrom, CostBracket[] brackets, Money? minimum, Money? maximum)
    {
        (Name, Source, InForceFrom, this.brackets, Minimum, Maximum) = (name, source, inForceFrom, brackets, minimum, maximum);
        Brackets = Array.AsReadOnly(brackets);
    }

    /// <summary>Gets the scale's name.</summary>
    public string Name { get; }

    /// <summary>Gets the law that sets it.</summary>
    public string Source { get; }

    /// <summary>Gets the first day the scale applies.</summary>
    public LocalDate InForceFrom { get; }

    /// <summary>Gets the brackets, from the lowest.</summary>
    public IReadOnlyList<CostBracket> Brackets { get; }

    /// <summary>Gets the least the costs come to; none when null.</summary>
    public Money? Minimum { get; }

    /// <summary>Gets the most the costs come to; none when null.</summary>
    public Money? Maximum { get; }

    /// <summary>Gets the scale's currency.</summary>
    public Currency Currency => brackets[0].Above.Currency;

    /// <summary>Creates a scale.</summary>
    /// <param name="name">The scale's name.</param>
    /// <param name="source">The law that sets it.</param>
    /// <param name="inForceFrom">The first day it applies.</param>
    /// <param name="brackets">The brackets, from the lowest, the first starting at zero.</param>
    /// <param name="minimum">The least the costs come to, if any.</param>
    /// <param name="maximum">The most the costs come to, if any.</param>
    /// <returns>The scale, or an invalid result naming every problem.</returns>
    public static Result<CollectionCostScale> Create(string? name, string? source, LocalDate inForceFrom, IEnumerable<CostBracket?>? brackets, Money? minimum = null, Money? maximum = null)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(source))
        {
            errors.Add(nameof(name), name, "a scale needs a name and its legal source", ErrorCodes.Required);
        }

        var list = brackets?.ToArray() ?? [];
        if (list.Length == 0 || list[0] is not { Above.IsZero: true })
        {
            errors.Add(nameof(brackets), list.Length, "need at least one bracket, the first starting at zero", ErrorCodes.Required);
        }

        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is not { } bracket || bracket.Above.Currency != list[0]?.Above.Currency || bracket.Fixed.Currency != bracket.Above.Currency
                || bracket.Fixed.IsNegative || bracket.Percent is < 0m or > 100m || (i > 0 && list[i - 1] is { } below && bracket.Above <= below.Above))
            {
                errors.Add($"brackets[{i}]", list[i], "must start above the bracket before it, in the scale's currency, with a fixed sum not negative and a share from 0 to 100 %", ErrorCodes.OutOfRange);
            }
        }

        if (list.FirstOrDefault()?.Above.Currency is { } currency
            && ((minimum is { } min && (min.Currency != currency || min.IsNegative)) || (maximum is { } max && (max.Currency != currency || (minimum is { } floor && floor > max)))))
        {
            errors.Add(nameof(maximum), $"{minimum}, {maximum}", "the floor and the ceiling are in the scale's currency, the floor not negative nor above the ceiling", ErrorCodes.OutOfRange);
        }

        return errors.ToResult(() => new CollectionCostScale(name!.Trim(), source!.Trim(), inForceFrom, [.. list.Select(b => b!)], minimum, maximum));
    }

    /// <summary>The costs for a principal on a day.</summary>
    /// <param name="principal">The principal owed (several claims on one letter added together, BW 6:96(7)).</param>
    /// <param name="on">The day.</param>
    /// <returns>The costs, explained, or an invalid result: a principal in another currency or not positive, a day before the scale is in force.</returns>
    public Result<CollectionCost> For(Money principal, LocalDate on)
    {
        var errors = new ValidationErrors();
        if (principal.Currency != Currency || !principal.IsPositive)
        {
            errors.Add(nameof(principal), principal, $"must be a positive amount in {Currency.Code}", ErrorCodes.OutOfRange);
        }

        if (on < InForceFrom)
        {
            errors.Add(nameof(on), Iso.Date(on), $"is before {Name} came into force ({Iso.Date(InForceFrom)})", ErrorCodes.OutOfRange);
        }

        if (errors.HasErrors)
        {
            return errors.ToInvalid<CollectionCost>();
        }

        var bracket = brackets[0];
        foreach (var candidate in brackets)
        {
            bracket = principal > candidate.Above ? candidate : bracket;
        }

        var computed = (bracket.Fixed + ((principal - bracket.Above) * (bracket.Percent / 100m))).Round();
        var amount = Minimum is { } floor && computed < floor ? floor : Maximum is { } ceiling && computed > ceiling ? ceiling : computed;
        return new CollectionCost(this, principal, on, bracket, computed, amount);
    }
}
