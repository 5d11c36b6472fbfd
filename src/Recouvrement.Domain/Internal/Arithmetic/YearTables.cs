using System;
using System.Collections.Concurrent;
using NodaTime;

namespace Recouvrement.Internal;

/// <summary>
/// A calendar's tables, one per year, each built once on first use and shared by every thread; the last one used is one
/// reference read away, as most look-ups fall in the year of the one before.
/// </summary>
/// <typeparam name="T">The table of one year: immutable, so a thread reading another thread's last table sees it whole.</typeparam>
internal sealed class YearTables<T>
    where T : class
{
    private static readonly int FirstYear = LocalDate.MinIsoValue.Year;
    private static readonly int LastYear = LocalDate.MaxIsoValue.Year;
    private readonly ConcurrentDictionary<int, Year> years = new();
    private readonly Func<int, Year> build;
    private Year? last;

    /// <summary>Initializes the tables, built by <paramref name="build"/> for each year asked.</summary>
    public YearTables(Func<int, T> build) => this.build = year => new Year(year, build(year));

    /// <summary>The table of <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside NodaTime's ISO calendar, −9998 to 9999.</exception>
    public T For(int year)
    {
        if (last is { } cached && cached.Number == year)
        {
            return cached.Table;
        }

        if (year < FirstYear || year > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"A calendar knows the ISO years {FirstYear} to {LastYear}.");
        }

        var found = years.TryGetValue(year, out var known) ? known : years.GetOrAdd(year, build);
        last = found;
        return found.Table;
    }

    /// <summary>A year and its table, kept together so that the last one is read in one reference.</summary>
    private sealed class Year(int number, T table)
    {
        public int Number { get; } = number;

        public T Table { get; } = table;
    }
}
