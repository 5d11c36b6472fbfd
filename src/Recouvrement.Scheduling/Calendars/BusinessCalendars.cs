using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Recouvrement.Scheduling;

/// <summary>The business calendars shipped with the library: public holidays by law, with one-off days as data.</summary>
/// <remarks>
/// A newly decreed day is added with <see cref="BusinessCalendar.With"/> without waiting for a release. Sources: France,
/// C. trav. L3133-1 (and L3134-13 for Alsace-Moselle); England and Wales, Banking and Financial Dealings Act 1971 and the
/// royal proclamations listed on gov.uk; Germany, the national holidays common to every Land (Einigungsvertrag art. 2 for
/// 3 October); Belgium, arrêté royal du 18 avril 1974; the Netherlands, the national holidays (Algemene termijnenwet art.
/// 3 lists them for legal deadlines, with Good Friday and 5 May every year); Spain, the yearly BOE resolution of national
/// holidays; Italy, L. 260/1949, L. 54/1977, L. 336/2000 and L. 151/2025.
/// </remarks>
public static class BusinessCalendars
{
    private static readonly IsoDayOfWeek[] SaturdaySunday = [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    /// <summary>Gets a calendar of Saturdays and Sundays only, for a country whose holidays the library does not ship: add them with <see cref="BusinessCalendar.With"/>.</summary>
    public static BusinessCalendar WeekendsOnly { get; } = Calendar("Weekends only", []);

    /// <summary>Gets France (metropolitan): the eleven public holidays of C. trav. L3133-1.</summary>
    public static BusinessCalendar France { get; } = Calendar("France", FrenchRules());

    /// <summary>Gets Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle): France plus Good Friday and 26 December (C. trav. L3134-13).</summary>
    public static BusinessCalendar FranceAlsaceMoselle { get; } = Calendar(
        "France, Alsace-Moselle",
        [.. FrenchRules(), HolidayRule.FromEaster("Vendredi saint (Good Friday)", -2), HolidayRule.Fixed("Saint-Étienne (St Stephen's Day)", 12, 26)]);

    /// <summary>Gets England and Wales: the bank holidays, substitute days, and the one-off days and moves since 1995.</summary>
    public static BusinessCalendar EnglandAndWales { get; } = Calendar(
        "England and Wales",
        [
            HolidayRule.Fixed("New Year's Day", 1, 1).WithWeekendSubstitute(),
            HolidayRule.FromEaster("Good Friday", -2),
            HolidayRule.FromEaster("Easter Monday", 1),
            HolidayRule.NthWeekday("Early May bank holiday", 5, IsoDayOfWeek.Monday, 1).Between(1978),
            HolidayRule.NthWeekday("Spring bank holiday", 5, IsoDayOfWeek.Monday, -1),
            HolidayRule.NthWeekday("Summer bank holiday", 8, IsoDayOfWeek.Monday, -1),
            HolidayRule.Fixed("Christmas Day", 12, 25).WithWeekendSubstitute(),
            HolidayRule.Fixed("Boxing Day", 12, 26).WithWeekendSubstitute(),
        ],
        [
            new Holiday(Date(1995, 5, 8), "Early May bank holiday (VE Day)"),
            new Holiday(Date(1999, 12, 31), "Millennium celebrations"),
            new Holiday(Date(2002, 6, 3), "Golden Jubilee bank holiday"),
            new Holiday(Date(2002, 6, 4), "Spring bank holiday"),
            new Holiday(Date(2011, 4, 29), "Royal wedding"),
            new Holiday(Date(2012, 6, 4), "Spring bank holiday"),
            new Holiday(Date(2012, 6, 5), "Diamond Jubilee bank holiday"),
            new Holiday(Date(2020, 5, 8), "Early May bank holiday (VE Day)"),
            new Holiday(Date(2022, 6, 2), "Spring bank holiday"),
            new Holiday(Date(2022, 6, 3), "Platinum Jubilee bank holiday"),
            new Holiday(Date(2022, 9, 19), "State Funeral of Queen Elizabeth II"),
            new Holiday(Date(2023, 5, 8), "Bank holiday for the coronation of King Charles III"),
        ],
        [Date(1995, 5, 1), Date(2002, 5, 27), Date(2012, 5, 28), Date(2020, 5, 4), Date(2022, 5, 30)]);

    /// <summary>Gets Germany: the nine national holidays common to every Land (regional holidays are added per Land by the host).</summary>
    public static BusinessCalendar Germany { get; } = Calendar(
        "Germany",
        [
            HolidayRule.Fixed("Neujahr (New Year's Day)", 1, 1),
            HolidayRule.FromEaster("Karfreitag (Good Friday)", -2),
            HolidayRule.FromEaster("Ostermontag (Easter Monday)", 1),
            HolidayRule.Fixed("Tag der Arbeit (Labour Day)", 5, 1),
            HolidayRule.FromEaster("Christi Himmelfahrt (Ascension Day)", 39),
            HolidayRule.FromEaster("Pfingstmontag (Whit Monday)", 50),
            HolidayRule.Fixed("Tag der Deutschen Einheit (German Unity Day)", 10, 3).Between(1990),
            HolidayRule.Fixed("Erster Weihnachtstag (Christmas Day)", 12, 25),
            HolidayRule.Fixed("Zweiter Weihnachtstag (St Stephen's Day)", 12, 26),
        ],
        [new Holiday(Date(2017, 10, 31), "Reformationstag (Reformation Day, 500th anniversary)")]);

    /// <summary>Gets Belgium: the ten legal public holidays (Arrêté royal du 18 avril 1974); regional and community days are not.</summary>
    public static BusinessCalendar Belgium { get; } = Calendar(
        "Belgium",
        [
            HolidayRule.Fixed("Nouvel An (New Year's Day)", 1, 1),
            HolidayRule.FromEaster("Lundi de Pâques (Easter Monday)", 1),
            HolidayRule.Fixed("Fête du Travail (Labour Day)", 5, 1),
            HolidayRule.FromEaster("Ascension (Ascension Day)", 39),
            HolidayRule.FromEaster("Lundi de Pentecôte (Whit Monday)", 50),
            HolidayRule.Fixed("Fête nationale (National Day)", 7, 21),
            HolidayRule.Fixed("Assomption (Assumption Day)", 8, 15),
            HolidayRule.Fixed("Toussaint (All Saints' Day)", 11, 1),
            HolidayRule.Fixed("Armistice (Armistice Day)", 11, 11),
            HolidayRule.Fixed("Noël (Christmas Day)", 12, 25),
        ]);

    /// <summary>
    /// Gets the Netherlands: the national holidays as days off — King's Day on 27 April (26 April when the 27th is a Sunday, a
    /// weekend day either way), and Liberation Day in the lustrum years only; Good Friday is not a day off.
    /// </summary>
    public static BusinessCalendar Netherlands { get; } = Calendar(
        "Netherlands",
        [
            HolidayRule.Fixed("Nieuwjaarsdag (New Year's Day)", 1, 1),
            HolidayRule.FromEaster("Tweede paasdag (Easter Monday)", 1),
            HolidayRule.Fixed("Koningsdag (King's Day)", 4, 27).Between(2014),
            HolidayRule.FromEaster("Hemelvaartsdag (Ascension Day)", 39),
            HolidayRule.FromEaster("Tweede pinksterdag (Whit Monday)", 50),
            HolidayRule.Fixed("Eerste kerstdag (Christmas Day)", 12, 25),
            HolidayRule.Fixed("Tweede kerstdag (Boxing Day)", 12, 26),
        ],
        [.. LustrumYears().Select(year => new Holiday(Date(year, 5, 5), "Bevrijdingsdag (Liberation Day)"))]);

    /// <summary>
    /// Gets Spain: the national holidays of the yearly BOE resolution (the regions add theirs, and may move a Sunday's
    /// holiday to the Monday: a host adds them with <see cref="BusinessCalendar.With"/>).
    /// </summary>
    public static BusinessCalendar Spain { get; } = Calendar(
        "Spain",
        [
            HolidayRule.Fixed("Año Nuevo (New Year's Day)", 1, 1),
            HolidayRule.Fixed("Epifanía del Señor (Epiphany)", 1, 6),
            HolidayRule.FromEaster("Viernes Santo (Good Friday)", -2),
            HolidayRule.Fixed("Fiesta del Trabajo (Labour Day)", 5, 1),
            HolidayRule.Fixed("Asunción de la Virgen (Assumption Day)", 8, 15),
            HolidayRule.Fixed("Fiesta Nacional de España (National Day)", 10, 12),
            HolidayRule.Fixed("Todos los Santos (All Saints' Day)", 11, 1),
            HolidayRule.Fixed("Día de la Constitución (Constitution Day)", 12, 6),
            HolidayRule.Fixed("Inmaculada Concepción (Immaculate Conception)", 12, 8),
            HolidayRule.Fixed("Navidad (Christmas Day)", 12, 25),
        ]);

    /// <summary>Gets Italy: the national holidays (L. 260/1949 and later laws), Saint Francis on 4 October again from 2026 (L. 151/2025).</summary>
    public static BusinessCalendar Italy { get; } = Calendar(
        "Italy",
        [
            HolidayRule.Fixed("Capodanno (New Year's Day)", 1, 1),
            HolidayRule.Fixed("Epifania (Epiphany)", 1, 6),
            HolidayRule.FromEaster("Lunedì dell'Angelo (Easter Monday)", 1),
            HolidayRule.Fixed("Festa della Liberazione (Liberation Day)", 4, 25),
            HolidayRule.Fixed("Festa del Lavoro (Labour Day)", 5, 1),
            HolidayRule.Fixed("Festa della Repubblica (Republic Day)", 6, 2),
            HolidayRule.Fixed("Assunzione (Assumption Day)", 8, 15),
            HolidayRule.Fixed("San Francesco d'Assisi (Saint Francis)", 10, 4).Between(2026),
            HolidayRule.Fixed("Ognissanti (All Saints' Day)", 11, 1),
            HolidayRule.Fixed("Immacolata Concezione (Immaculate Conception)", 12, 8),
            HolidayRule.Fixed("Natale (Christmas Day)", 12, 25),
            HolidayRule.Fixed("Santo Stefano (St Stephen's Day)", 12, 26),
        ]);

    private static HolidayRule[] FrenchRules() =>
    [
        HolidayRule.Fixed("Jour de l'an (New Year's Day)", 1, 1),
        HolidayRule.FromEaster("Lundi de Pâques (Easter Monday)", 1),
        HolidayRule.Fixed("Fête du Travail (Labour Day)", 5, 1),
        HolidayRule.Fixed("Victoire 1945 (Victory in Europe Day)", 5, 8),
        HolidayRule.FromEaster("Ascension (Ascension Day)", 39),
        HolidayRule.FromEaster("Lundi de Pentecôte (Whit Monday)", 50),
        HolidayRule.Fixed("Fête nationale (Bastille Day)", 7, 14),
        HolidayRule.Fixed("Assomption (Assumption Day)", 8, 15),
        HolidayRule.Fixed("Toussaint (All Saints' Day)", 11, 1),
        HolidayRule.Fixed("Armistice 1918 (Armistice Day)", 11, 11),
        HolidayRule.Fixed("Noël (Christmas Day)", 12, 25),
    ];

    private static BusinessCalendar Calendar(string name, HolidayRule[] rules, Holiday[]? extra = null, LocalDate[]? worked = null)
        => BusinessCalendar.Create(name, SaturdaySunday, rules, extra, worked).Value;

    private static LocalDate Date(int year, int month, int day) => new(year, month, day);

    /// <summary>The years Liberation Day is a day off in the Netherlands: every fifth, by the collective agreements.</summary>
    private static IEnumerable<int> LustrumYears() => Enumerable.Range(0, 21).Select(i => 2000 + (5 * i));
}
