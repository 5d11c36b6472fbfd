using NodaTime;

namespace Recouvrement.Internal;

/// <summary>
/// ISO dates as day numbers (days since 1970-01-01): hot loops step, compare and subtract plain integers and convert
/// back only for what a person reads. The conversions are H. Hinnant's <c>days_from_civil</c> and <c>civil_from_days</c>.
/// </summary>
internal static class DayNumber
{
    private const int DaysPer400Years = 146_097;
    private const int FromYearZeroToEpoch = 719_468;

    internal static int Of(LocalDate date)
    {
        var (year, month) = (date.Year, date.Month);
        year -= month <= 2 ? 1 : 0;
        var era = (year >= 0 ? year : year - 399) / 400;
        var yearOfEra = year - (era * 400);
        var dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + date.Day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * DaysPer400Years) + dayOfEra - FromYearZeroToEpoch;
    }

    internal static LocalDate ToDate(int dayNumber)
    {
        var days = dayNumber + FromYearZeroToEpoch;
        var era = (days >= 0 ? days : days - (DaysPer400Years - 1)) / DaysPer400Years;
        var dayOfEra = days - (era * DaysPer400Years);
        var yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36524) - (dayOfEra / (DaysPer400Years - 1))) / 365;
        var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        var shiftedMonth = ((5 * dayOfYear) + 2) / 153;
        var day = dayOfYear - (((153 * shiftedMonth) + 2) / 5) + 1;
        var month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        var year = yearOfEra + (era * 400) + (month <= 2 ? 1 : 0);
        return new LocalDate(year, month, day);
    }
}
