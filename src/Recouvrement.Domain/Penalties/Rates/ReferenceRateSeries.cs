using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Ardalis.Result;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>
/// A date-effective reference rate — the ECB main refinancing rate, the French legal rate, the Bank of England Bank
/// Rate, the German base rate — as the list of its changes and the date up to which the list is known to be complete.
/// </summary>
/// <remarks>
/// <para>Rates change after a library ships. A date after <see cref="KnownUntil"/> is an error, never a silent stale
/// rate, unless the caller opts into carrying the last rate forward; a host adds a newly published rate with
/// <see cref="With"/> without waiting for a release.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ReferenceRateSeries
{
    private readonly RateChange[] changes;

    // The half-year tables rules read over this series, by margin and reference name: a rule is cheap to create, its
    // table is not (about 12 KB), so every rule over the series shares it.
    private readonly ConcurrentDictionary<(AnnualRate Margin, string Name), HalfYearSpans> halfYears = new();

    private ReferenceRateSeries(string name, string source, RateChange[] changes, LocalDate knownUntil)
    {
        Name = name;
        Source = source;
        this.changes = changes;
        Changes = System.Array.AsReadOnly(changes);
        KnownUntil = knownUntil;
    }

    /// <summary>Gets the series' name, shown in breakdowns ("ECB main refinancing rate").</summary>
    public string Name { get; }

    /// <summary>Gets where the figures come from and the law that uses them.</summary>
    public string Source { get; }

    /// <summary>Gets the changes, oldest first.</summary>
    public IReadOnlyList<RateChange> Changes { get; }

    /// <summary>Gets the last day the series is known to be complete: the rate in force then is known.</summary>
    public LocalDate KnownUntil { get; }

    /// <summary>Creates a series.</summary>
    /// <param name="name">The series' name.</param>
    /// <param name="source">Where the figures come from.</param>
    /// <param name="changes">The changes, in any order, at most one per date; copied.</param>
    /// <param name="knownUntil">The last day the series is known to be complete, on or after the last change.</param>
    /// <returns>The series, or an invalid result naming every problem.</returns>
    public static Result<ReferenceRateSeries> Create(string? name, string? source, IEnumerable<RateChange?>? changes, LocalDate knownUntil)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(nameof(name), name, "must not be blank", ErrorCodes.Required);
        }

        if (string.IsNullOrWhiteSpace(source))
        {
            errors.Add(nameof(source), source, "must name where the figures come from", ErrorCodes.Required);
        }

        var list = changes?.ToArray() ?? [];
        if (list.Length == 0)
        {
            errors.Add(nameof(changes), list.Length, "must hold at least one rate", ErrorCodes.Required);
        }

        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                errors.Add($"{nameof(changes)}[{i}]", null, "must not be null", ErrorCodes.Required);
            }
        }

        var sorted = list.Where(c => c is not null).Select(c => c!).OrderBy(c => c.EffectiveFrom).ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].EffectiveFrom == sorted[i - 1].EffectiveFrom)
            {
                errors.Add(nameof(changes), sorted[i].EffectiveFrom, "holds two rates from the same date", ErrorCodes.Conflict);
            }
        }

        if (sorted.Length > 0 && knownUntil < sorted[sorted.Length - 1].EffectiveFrom)
        {
            errors.Add(nameof(knownUntil), knownUntil, $"is before the last change ({Iso.Date(sorted[sorted.Length - 1].EffectiveFrom)})", ErrorCodes.OutOfRange);
        }

        return errors.ToResult(() => new ReferenceRateSeries(name!.Trim(), source!.Trim(), sorted, knownUntil));
    }

    /// <summary>
    /// Returns a series that also holds a newly published rate, known to be complete up to <paramref name="knownUntil"/>.
    /// </summary>
    /// <param name="change">The new rate, after the last change.</param>
    /// <param name="knownUntil">The last day the series is now known to be complete; the change's date when null.</param>
    /// <returns>The new series (this one is unchanged), or an invalid result.</returns>
    public Result<ReferenceRateSeries> With(RateChange? change, LocalDate? knownUntil = null)
    {
        var errors = new ValidationErrors();
        if (change is null)
        {
            errors.Add(nameof(change), null, "must be given", ErrorCodes.Required);
            return errors.ToInvalid<ReferenceRateSeries>();
        }

        if (change.EffectiveFrom <= changes[changes.Length - 1].EffectiveFrom)
        {
            errors.Add(
                nameof(change),
                change.EffectiveFrom,
                $"must come after the last change of {Name} ({Iso.Date(changes[changes.Length - 1].EffectiveFrom)}); build a new series to correct history",
                ErrorCodes.OutOfRange);
            return errors.ToInvalid<ReferenceRateSeries>();
        }

        var until = knownUntil ?? LocalDate.Max(change.EffectiveFrom, KnownUntil);
        return Create(Name, Source, [.. changes, change], until);
    }

    /// <summary>Returns a series known to be complete up to a later date: no change was published meanwhile.</summary>
    /// <param name="knownUntil">The new last day known, not before <see cref="KnownUntil"/>.</param>
    /// <returns>The new series, or an invalid result.</returns>
    public Result<ReferenceRateSeries> ConfirmedUntil(LocalDate knownUntil)
        => knownUntil < KnownUntil
            ? ValidationErrors.Single<ReferenceRateSeries>(nameof(knownUntil), knownUntil, $"is before the date already known ({Iso.Date(KnownUntil)})", ErrorCodes.OutOfRange)
            : Result<ReferenceRateSeries>.Success(new ReferenceRateSeries(Name, Source, changes, knownUntil));

    /// <summary>Returns the rate in force on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="carryForward">
    /// When true, a date after <see cref="KnownUntil"/> gets the last known rate; when false (the default) it is an error.
    /// </param>
    /// <returns>The rate, or an invalid result when the date is before the first rate or after the known data.</returns>
    public Result<AnnualRate> RateOn(LocalDate date, bool carryForward = false)
        => Unknown(date, carryForward, out var errorCode) is { } why
            ? ValidationErrors.Single<AnnualRate>(nameof(date), date, why, errorCode)
            : Result<AnnualRate>.Success(KnownRateOn(date));

    /// <summary>Why the rate on <paramref name="date"/> is not known, with the error code; null when it is.</summary>
    internal string? Unknown(LocalDate date, bool carryForward, out string errorCode)
    {
        if (date < changes[0].EffectiveFrom)
        {
            errorCode = ErrorCodes.OutOfRange;
            return $"is before the first rate of {Name} ({Iso.Date(changes[0].EffectiveFrom)})";
        }

        errorCode = ErrorCodes.MissingRate;
        return date > KnownUntil && !carryForward
            ? $"is after the last known date of {Name} ({Iso.Date(KnownUntil)}): add the newly published rate, or confirm that the last one still holds (ConfirmedUntil)"
            : null;
    }

    /// <summary>Whether the rate on <paramref name="date"/> is known; <see cref="Unknown"/> says why not.</summary>
    internal bool Knows(LocalDate date, bool carryForward)
        => date >= changes[0].EffectiveFrom && (carryForward || date <= KnownUntil);

    /// <summary>The rate in force on a date the series <see cref="Knows"/>.</summary>
    internal AnnualRate KnownRateOn(LocalDate date) => changes[IndexOn(date)].Rate;

    /// <summary>The change at <paramref name="index"/>.</summary>
    internal RateChange ChangeAt(int index) => changes[index];

    /// <summary>The spans of the half-years this series knows, at <paramref name="margin"/> above it, built once.</summary>
    internal HalfYearSpans HalfYearSpans(AnnualRate margin, string frenchName)
        => halfYears.TryGetValue((margin, frenchName), out var spans) ? spans
            : halfYears.GetOrAdd((margin, frenchName), new HalfYearSpans(this, margin, frenchName));

    /// <summary>
    /// The last day the change at <paramref name="index"/> is known to hold: the day before the next change, or — for the
    /// last change — <see cref="KnownUntil"/>, or for ever when carrying it forward.
    /// </summary>
    internal LocalDate LastDayOf(int index, bool carryForward)
        => index + 1 < changes.Length ? changes[index + 1].EffectiveFrom.PlusDays(-1)
            : carryForward ? LocalDate.MaxIsoValue
            : KnownUntil;

    /// <summary>The index of the change in force on a date on or after the first change.</summary>
    internal int IndexOn(LocalDate date)
    {
        var low = 0;
        var high = changes.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (changes[middle].EffectiveFrom <= date)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }
}
