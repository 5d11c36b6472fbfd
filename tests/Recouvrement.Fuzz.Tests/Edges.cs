using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Recouvrement.Fuzz.Tests;

/// <summary>
/// Generators biased to the edges: most cases are a value where code breaks (zero, one, the type's limits, the last
/// day of the calendar, an empty or a huge text), the rest are ordinary values so that the edges meet the middle.
/// </summary>
internal static class Edges
{
    private static readonly decimal[] EdgeDecimals =
    [
        0m, 1m, -1m, 0.005m, -0.005m, 0.01m, -0.01m, 0.5m, 100m, 1_000_000m, 1e15m, -1e15m, 1e18m, 1e25m, 1e28m,
        decimal.MaxValue, decimal.MinValue, decimal.MaxValue / 3, 0.0000000000000000000000000001m,
        1.0000000000000000000000000001m, 123.4567890123456789012345678m, -0.0000000000000000000000000001m,
    ];

    private static readonly int[] EdgeInts = [0, 1, -1, 2, 12, 31, 365, 366, 1000, 10_000, 1_000_000, int.MaxValue, int.MinValue, int.MaxValue - 1, int.MinValue + 1];

    private static readonly LocalDate[] EdgeDates =
    [
        LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new(1, 1, 1), new(9999, 12, 31), new(9999, 1, 1), new(1, 12, 31),
        new(2024, 2, 29), new(2000, 2, 29), new(1900, 2, 28), new(2026, 12, 31), new(2026, 1, 1), default,
    ];

    private static readonly string?[] EdgeTexts =
    [
        null, string.Empty, " ", "\t\r\n", "\0", "\u0001\u001f", "\u202Eevil", "é€𝄞中文", "\uD800", "  padded  ",
        new string('x', 10_000), "null", "0", "-1", "1e400", "EUR", "\"quoted\"", "a,b;c", "F-1",
    ];

    internal static Gen<decimal> Decimals { get; } = Gen.Frequency(
        (4, Gen.Elements(EdgeDecimals)),
        (3, from units in Gen.Choose(-1_000_000, 1_000_000) from scale in Gen.Choose(0, 4) select units / Pow10(scale)),
        (2, from lo in ArbMap.Default.GeneratorFor<int>()
            from mid in ArbMap.Default.GeneratorFor<int>()
            from hi in Gen.Elements(0, 1, 1000, int.MaxValue, -1)
            from negative in ArbMap.Default.GeneratorFor<bool>()
            from scale in Gen.Choose(0, 28)
            select new decimal(lo, mid, hi, negative, (byte)scale)));

    internal static Gen<int> Ints { get; } = Gen.Frequency(
        (3, Gen.Elements(EdgeInts)),
        (3, Gen.Choose(-50, 400)),
        (1, ArbMap.Default.GeneratorFor<int>()));

    /// <summary>Counts and sizes: small and positive most of the time, then zero, negative and huge.</summary>
    internal static Gen<int> Counts { get; } = Gen.Frequency((5, Gen.Choose(1, 36)), (2, Gen.Elements(EdgeInts)));

    internal static Gen<LocalDate> Dates { get; } = Gen.Frequency(
        (2, Gen.Elements(EdgeDates)),
        (6, Gen.Choose(-3_000, 12_000).Select(days => new LocalDate(2020, 1, 1).PlusDays(days))),
        (1, from year in Gen.Choose(-9998, 9999) from month in Gen.Choose(1, 12) from day in Gen.Choose(1, 28) select new LocalDate(year, month, day)));

    internal static Gen<string?> Texts { get; } = Gen.Frequency(
        (3, Gen.Elements(EdgeTexts)),
        (4, Gen.Elements("A", "B", "C", "F-1", "F-2", "D-1", "P-1").Select(s => (string?)s)),
        (1, ArbMap.Default.GeneratorFor<string>().Select(s => (string?)s)));

    /// <summary>A text that is never null, for positional record members declared non-null.</summary>
    internal static Gen<string> Ids { get; } = Texts.Select(t => t ?? "F-1");

    internal static Gen<Currency> Currencies { get; } = Gen.Elements(Currency.EUR, Currency.JPY, Currency.KWD, Currency.GBP, Currency.XXX);

    internal static Gen<Money> Amounts { get; } = Gen.Frequency(
        (8, from amount in Decimals from currency in Currencies select new Money(amount, currency)),
        (1, Gen.Constant(default(Money))));

    /// <summary>Amounts in euros most of the time, so that a mix of currencies is not all a caller's checks ever see.</summary>
    internal static Gen<Money> MostlyEuros { get; } = Gen.Frequency((9, Decimals.Select(amount => new Money(amount, Currency.EUR))), (1, Amounts));

    internal static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : class
        => Gen.Frequency((1, Gen.Constant<T?>(null)), (9, gen.Select(v => (T?)v)));

    /// <summary>No value most of the time, as optional settings are; a value from <paramref name="gen"/> otherwise.</summary>
    internal static Gen<T?> OrNone<T>(Gen<T> gen)
        where T : struct
        => Gen.Frequency((2, Gen.Constant<T?>(null)), (1, gen.Select(v => (T?)v)));

    /// <summary>Collections: empty, one, a few, and now and then a large one; elements may repeat.</summary>
    internal static Gen<T[]> Many<T>(Gen<T> gen) => Gen.Frequency(
        (1, Gen.Constant(Array.Empty<T>())),
        (6, from n in Gen.Choose(1, 8) from items in gen.ArrayOf(n) select items),
        (1, from n in Gen.Choose(50, 400) from items in gen.ArrayOf(n) select items),
        (1, from item in gen from n in Gen.Choose(2, 5) select Enumerable.Repeat(item, n).ToArray()));

    /// <summary>A date some days away, or the date itself where that would leave the calendar's range.</summary>
    internal static Gen<LocalDate> Near(LocalDate date, int fromDays, int toDays)
        => Gen.Choose(fromDays, toDays).Select(days => Shift(date, days));

    internal static LocalDate Shift(LocalDate date, int days)
        => (days > 0 && date > LocalDate.MaxIsoValue.PlusDays(-days)) || (days < 0 && date < LocalDate.MinIsoValue.PlusDays(-days)) ? date : date.PlusDays(days);

    internal static Gen<T> Of<T>(params T[] values) => Gen.Elements(values);

    private static decimal Pow10(int scale) => scale switch { 0 => 1m, 1 => 10m, 2 => 100m, 3 => 1000m, _ => 10_000m };
}
