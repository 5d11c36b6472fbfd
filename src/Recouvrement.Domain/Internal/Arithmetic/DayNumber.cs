using NodaTime;

namespace Recouvrement.Internal;

/// <summary>
/// The one integer form of an ISO date in the kernel: days since 1970-01-01. Hot loops step, compare and subtract plain
/// integers and convert back only for what a person reads; a day number orders like <see cref="LocalDate"/> does, so it
/// is also the sort key of every date (as NodaTime's own <c>YearMonthDay</c> packs a date behind a named type).
/// </summary>
/// <remarks>
/// Both conversions are C. Neri and L. Schneider's Euclidean affine functions ("Euclidean affine functions and their
/// application to calendar algorithms", Software: Practice and Experience, 2022): unsigned multiplications and shifts,
/// on a calendar that starts on 1 March and is shifted by 82 × 400 years so that every ISO date is a positive count.
/// </remarks>
internal static class DayNumber
{
    private const int DaysPer400Years = 146_097;
    private const int FromYearZeroToEpoch = 719_468;
    private const uint ShiftCycles = 82;
    private const uint ToShiftedYearZero = FromYearZeroToEpoch + (DaysPer400Years * ShiftCycles);

    /// <summary>The day number of <paramref name="date"/>.</summary>
    internal static int Of(LocalDate date)
    {
        unchecked
        {
            // January and February count as months 13 and 14 of the year before, so that leap days end the year.
            var january = date.Month <= 2;
            var year = (uint)(date.Year + (int)(400u * ShiftCycles)) - (january ? 1u : 0u);
            var month = (uint)date.Month + (january ? 12u : 0u);
            var century = year / 100u;
            var daysBeforeYear = (1_461u * year / 4u) - century + (century / 4u);
            var daysBeforeMonth = ((979u * month) - 2_919u) / 32u;
            return (int)(daysBeforeYear + daysBeforeMonth + (uint)date.Day - 1u - ToShiftedYearZero);
        }
    }

    /// <summary>The date of <paramref name="dayNumber"/>; the breakdowns call it for every line.</summary>
    internal static LocalDate ToDate(int dayNumber)
    {
        const uint Cycle = DaysPer400Years;
        unchecked
        {
            var shifted = (4u * ((uint)dayNumber + ToShiftedYearZero)) + 3u;
            var century = shifted / Cycle;
            var ofCentury = ((4u * (shifted % Cycle / 4u)) + 3u) * 2_939_745UL;
            var dayOfYear = (uint)ofCentury / 2_939_745u / 4u;
            var year = (100u * century) + (uint)(ofCentury >> 32);
            var monthAndDay = (2_141u * dayOfYear) + 197_913u;
            var (month, day) = (monthAndDay >> 16, (monthAndDay & 0xFFFFu) / 2_141u);

            // The year counted from 1 March: January and February belong to the next civil year.
            var january = dayOfYear >= 306u;
            return new LocalDate((int)(year - (400u * ShiftCycles)) + (january ? 1 : 0), (int)(january ? month - 12u : month), (int)day + 1);
        }
    }
}
