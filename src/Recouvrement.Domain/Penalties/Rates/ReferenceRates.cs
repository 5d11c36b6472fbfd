using NodaTime;

namespace Recouvrement.Penalties;

/// <summary>
/// The reference rates shipped with this release, as <see cref="ReferenceRateSeries"/>. They are data, not law: a host
/// adds a newly published rate with <see cref="ReferenceRateSeries.With"/> or confirms that none was published with
/// <see cref="ReferenceRateSeries.ConfirmedUntil"/>, without waiting for a release.
/// </summary>
/// <remarks>
/// Figures from the official publications listed in each series' <see cref="ReferenceRateSeries.Source"/>; a few come
/// from secondary sources and are marked "(check)" in docs/penalties-rates.md. Data as of the first half of 2026.
/// </remarks>
public static class ReferenceRates
{
    // Before 2015 the French legal rate was one rate a year, whoever the creditor.
    private static readonly RateChange[] FrenchSingleLegalRate =
    [
        Change(2009, 1, 1, 3.79m),
        Change(2010, 1, 1, 0.65m),
        Change(2011, 1, 1, 0.38m),
        Change(2012, 1, 1, 0.71m),
        Change(2013, 1, 1, 0.04m),
        Change(2014, 1, 1, 0.04m),
    ];

    /// <summary>
    /// Gets the ECB main refinancing operations rate (the "taux de refinancement" of C. com. L441-10 and the reference rate
    /// of Directive 2011/7/EU), by effective date, from 2007-06-13.
    /// </summary>
    public static ReferenceRateSeries EcbMainRefinancingRate { get; } = Series(
        "ECB main refinancing rate",
        "European Central Bank, key interest rates (main refinancing operations)",
        new LocalDate(2026, 6, 30),
        [
            Change(2007, 6, 13, 4.00m),
            Change(2008, 7, 9, 4.25m),
            Change(2008, 10, 15, 3.75m),
            Change(2008, 11, 12, 3.25m),
            Change(2008, 12, 10, 2.50m),
            Change(2009, 1, 21, 2.00m),
            Change(2009, 3, 11, 1.50m),
            Change(2009, 4, 8, 1.25m),
            Change(2009, 5, 13, 1.00m),
            Change(2011, 4, 13, 1.25m),
            Change(2011, 7, 13, 1.50m),
            Change(2011, 11, 9, 1.25m),
            Change(2011, 12, 14, 1.00m),
            Change(2012, 7, 11, 0.75m),
            Change(2013, 5, 8, 0.50m),
            Change(2013, 11, 13, 0.25m),
            Change(2014, 6, 11, 0.15m),
            Change(2014, 9, 10, 0.05m),
            Change(2016, 3, 16, 0.00m),
            Change(2022, 7, 27, 0.50m),
            Change(2022, 9, 14, 1.25m),
            Change(2022, 11, 2, 2.00m),
            Change(2022, 12, 21, 2.50m),
            Change(2023, 2, 8, 3.00m),
            Change(2023, 3, 22, 3.50m),
            Change(2023, 5, 10, 3.75m),
            Change(2023, 6, 21, 4.00m),
            Change(2023, 8, 2, 4.25m),
            Change(2023, 9, 20, 4.50m),
            Change(2024, 6, 12, 4.25m),
            Change(2024, 9, 18, 3.65m),
            Change(2024, 10, 23, 3.40m),
            Change(2024, 12, 18, 3.15m),
            Change(2025, 2, 5, 2.90m),
            Change(2025, 3, 12, 2.65m),
            Change(2025, 4, 23, 2.40m),
            Change(2025, 6, 11, 2.15m),
        ]);

    /// <summary>
    /// Gets the French legal interest rate (<i>taux de l'intérêt légal</i>) when the creditor is a private person acting
    /// outside a trade, by half-year from 2015 (one rate a year before), from 2009.
    /// </summary>
    public static ReferenceRateSeries FrenchLegalRatePrivateCreditor { get; } = Series(
        "French legal rate (creditor a private person)",
        "Arrêtés of the French Minister for the Economy, C. mon. fin. L313-2",
        new LocalDate(2026, 6, 30),
        [
            .. FrenchSingleLegalRate,
            Change(2015, 1, 1, 4.06m),
            Change(2015, 7, 1, 4.29m),
            Change(2016, 1, 1, 4.54m),
            Change(2016, 7, 1, 4.35m),
            Change(2017, 1, 1, 4.16m),
            Change(2017, 7, 1, 3.94m),
            Change(2018, 1, 1, 3.73m),
            Change(2018, 7, 1, 3.60m),
            Change(2019, 1, 1, 3.40m),
            Change(2019, 7, 1, 3.26m),
            Change(2020, 1, 1, 3.15m),
            Change(2020, 7, 1, 3.11m),
            Change(2021, 1, 1, 3.14m),
            Change(2021, 7, 1, 3.12m),
            Change(2022, 1, 1, 3.13m),
            Change(2022, 7, 1, 3.15m),
            Change(2023, 1, 1, 4.47m),
            Change(2023, 7, 1, 6.82m),
            Change(2024, 1, 1, 8.01m),
            Change(2024, 7, 1, 8.16m),
            Change(2025, 1, 1, 7.21m),
            Change(2025, 7, 1, 6.65m),
            Change(2026, 1, 1, 6.67m),
        ]);

    /// <summary>
    /// Gets the French legal interest rate in all other cases (<i>autres cas</i>), the rate whose triple floors a
    /// contractual B2B late-payment rate (C. com. L441-10), by half-year from 2015 (one rate a year before), from 2009.
    /// </summary>
    public static ReferenceRateSeries FrenchLegalRateOtherCases { get; } = Series(
        "French legal rate (other cases)",
        "Arrêtés of the French Minister for the Economy, C. mon. fin. L313-2",
        new LocalDate(2026, 6, 30),
        [
            .. FrenchSingleLegalRate,
            Change(2015, 1, 1, 0.93m),
            Change(2015, 7, 1, 0.99m),
            Change(2016, 1, 1, 1.01m),
            Change(2016, 7, 1, 0.93m),
            Change(2017, 1, 1, 0.90m),
            Change(2017, 7, 1, 0.90m),
            Change(2018, 1, 1, 0.89m),
            Change(2018, 7, 1, 0.88m),
            Change(2019, 1, 1, 0.86m),
            Change(2019, 7, 1, 0.87m),
            Change(2020, 1, 1, 0.87m),
            Change(2020, 7, 1, 0.84m),
            Change(2021, 1, 1, 0.79m),
            Change(2021, 7, 1, 0.76m),
            Change(2022, 1, 1, 0.76m),
            Change(2022, 7, 1, 0.77m),
            Change(2023, 1, 1, 2.06m),
            Change(2023, 7, 1, 4.22m),
            Change(2024, 1, 1, 5.07m),
            Change(2024, 7, 1, 4.92m),
            Change(2025, 1, 1, 3.71m),
            Change(2025, 7, 1, 2.76m),
            Change(2026, 1, 1, 2.62m),
        ]);

    /// <summary>
    /// Gets the Bank of England Bank Rate, the reference rate of the Late Payment of Commercial Debts (Interest) Act 1998,
    /// by effective date, from 2008-02-07.
    /// </summary>
    public static ReferenceRateSeries BankOfEnglandBankRate { get; } = Series(
        "Bank of England Bank Rate",
        "Bank of England, official Bank Rate history",
        new LocalDate(2025, 12, 31),
        [
            Change(2008, 2, 7, 5.25m),
            Change(2008, 4, 10, 5.00m),
            Change(2008, 10, 8, 4.50m),
            Change(2008, 11, 6, 3.00m),
            Change(2008, 12, 4, 2.00m),
            Change(2009, 1, 8, 1.50m),
            Change(2009, 2, 5, 1.00m),
            Change(2009, 3, 5, 0.50m),
            Change(2016, 8, 4, 0.25m),
            Change(2017, 11, 2, 0.50m),
            Change(2018, 8, 2, 0.75m),
            Change(2020, 3, 11, 0.25m),
            Change(2020, 3, 19, 0.10m),
            Change(2021, 12, 16, 0.25m),
            Change(2022, 2, 3, 0.50m),
            Change(2022, 3, 17, 0.75m),
            Change(2022, 5, 5, 1.00m),
            Change(2022, 6, 16, 1.25m),
            Change(2022, 8, 4, 1.75m),
            Change(2022, 9, 22, 2.25m),
            Change(2022, 11, 3, 3.00m),
            Change(2022, 12, 15, 3.50m),
            Change(2023, 2, 2, 4.00m),
            Change(2023, 3, 23, 4.25m),
            Change(2023, 5, 11, 4.50m),
            Change(2023, 6, 22, 5.00m),
            Change(2023, 8, 3, 5.25m),
            Change(2024, 8, 1, 5.00m),
            Change(2024, 11, 7, 4.75m),
            Change(2025, 2, 6, 4.50m),
            Change(2025, 5, 8, 4.25m),
            Change(2025, 8, 7, 4.00m),
            Change(2025, 12, 18, 3.75m),
        ]);

    /// <summary>Gets the German base rate (<i>Basiszinssatz</i>, BGB §247), set each 1 January and 1 July, from 2015.</summary>
    public static ReferenceRateSeries GermanBaseRate { get; } = Series(
        "German base rate (Basiszinssatz)",
        "Deutsche Bundesbank, Basiszinssatz under BGB §247",
        new LocalDate(2026, 6, 30),
        [
            Change(2015, 1, 1, -0.83m),
            Change(2016, 7, 1, -0.88m),
            Change(2023, 1, 1, 1.62m),
            Change(2023, 7, 1, 3.12m),
            Change(2024, 1, 1, 3.62m),
            Change(2024, 7, 1, 3.37m),
            Change(2025, 1, 1, 2.27m),
            Change(2025, 7, 1, 1.27m),
            Change(2026, 1, 1, 1.27m),
        ]);

    /// <summary>
    /// Gets Belgium's legal interest rate (<i>taux d'intérêt légal</i>, Law of 5 May 1865 art. 2), set each calendar year,
    /// from 2023: a consumer's moratory interest (Code of Economic Law, Book XIX).
    /// </summary>
    public static ReferenceRateSeries BelgianLegalRate { get; } = Series(
        "Belgian legal interest rate",
        "SPF Finances, taux d'intérêt légal (loi du 5 mai 1865, art. 2), Moniteur belge (check)",
        new LocalDate(2026, 12, 31),
        [Change(2023, 1, 1, 5.25m), Change(2024, 1, 1, 5.75m), Change(2025, 1, 1, 4.50m), Change(2026, 1, 1, 4.50m)]);

    /// <summary>Gets Spain's legal interest rate (<i>interés legal del dinero</i>), set by each year's budget law, from 2023.</summary>
    public static ReferenceRateSeries SpanishLegalRate { get; } = Series(
        "Spanish legal interest rate (interés legal del dinero)",
        "Ley de Presupuestos Generales del Estado 2023, extended in 2024 to 2026 (check)",
        new LocalDate(2026, 12, 31),
        [Change(2023, 1, 1, 3.25m), Change(2024, 1, 1, 3.25m), Change(2025, 1, 1, 3.25m), Change(2026, 1, 1, 3.25m)]);

    /// <summary>Gets Italy's legal interest rate (<i>saggio degli interessi legali</i>, c.c. art. 1284), set by ministerial decree each year, from 2023.</summary>
    public static ReferenceRateSeries ItalianLegalRate { get; } = Series(
        "Italian legal interest rate (saggio legale)",
        "Decreti del Ministero dell'economia: 13 Dec 2022, 29 Nov 2023, 10 Dec 2024, 10 Dec 2025 (GU n. 289 of 13 Dec 2025)",
        new LocalDate(2026, 12, 31),
        [Change(2023, 1, 1, 5.00m), Change(2024, 1, 1, 2.50m), Change(2025, 1, 1, 2.00m), Change(2026, 1, 1, 1.60m)]);

    /// <summary>Gets the Netherlands' statutory interest rate for non-commercial debts (<i>wettelijke rente</i>, BW 6:119, 6:120), set each half-year, from 2023.</summary>
    public static ReferenceRateSeries DutchStatutoryRate { get; } = Series(
        "Dutch statutory interest rate (wettelijke rente)",
        "Besluit wettelijke rente (BW 6:120(1)), Staatsblad; 2025 H2 and 2026 from secondary sources (check)",
        new LocalDate(2026, 6, 30),
        [Change(2023, 1, 1, 4.00m), Change(2023, 7, 1, 6.00m), Change(2024, 1, 1, 7.00m), Change(2025, 1, 1, 6.00m), Change(2026, 1, 1, 4.00m)]);

    private static RateChange Change(int year, int month, int day, decimal percent)
        => new(new LocalDate(year, month, day), AnnualRate.FromPercent(percent));

    private static ReferenceRateSeries Series(string name, string source, LocalDate knownUntil, RateChange[] changes)
    {
        var series = ReferenceRateSeries.Create(name, source, changes, knownUntil);
        return series.IsSuccess
            ? series.Value
            : throw new System.InvalidOperationException(
                $"Shipped rate data of {name} is invalid: {string.Join("; ", System.Linq.Enumerable.Select(series.ValidationErrors, e => e.ErrorMessage))}");
    }
}
