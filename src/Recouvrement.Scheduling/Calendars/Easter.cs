using NodaTime;

namespace Recouvrement.Scheduling;

/// <summary>Easter Sunday in the Gregorian calendar, from which Good Friday, Easter Monday, Ascension and Whit Monday follow.</summary>
public static class Easter
{
    /// <summary>Returns Easter Sunday of <paramref name="year"/> (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    /// <param name="year">A year from 1583 (the first full Gregorian year) to 9999.</param>
    /// <returns>Easter Sunday.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">The year is outside 1583–9999.</exception>
    public static LocalDate Sunday(int year)
    {
        if (year is < 1583 or > 9999)
        {
            throw new System.ArgumentOutOfRangeException(nameof(year), year, "Easter is computed for Gregorian years 1583 to 9999.");
        }

        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }
}
