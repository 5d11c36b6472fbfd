using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>
/// The settlements of a late invoice oldest first, as day numbers and whole minor units: what the walk reads to lower
/// the base. Rented from <see cref="Scratch{T}"/> for one calculation, so that the invoice itself keeps no cache.
/// </summary>
internal sealed class SettlementSchedule : IScratchTable
{
    private int[] days = new int[8];
    private long[] units = new long[8];

    /// <summary>Gets the number of settlements.</summary>
    public int Count { get; private set; }

    /// <summary>Rents the thread's schedule, filled with the settlements of <paramref name="invoice"/> (checked: none is null).</summary>
    public static SettlementSchedule Rent(LateInvoice invoice)
    {
        var schedule = Scratch<SettlementSchedule>.Rent();
        var settlements = invoice.Settlements;
        if (schedule.days.Length < settlements.Count)
        {
            schedule.days = new int[settlements.Count];
            schedule.units = new long[settlements.Count];
        }

        for (var i = 0; i < settlements.Count; i++)
        {
            var settlement = settlements[i];
            var day = DayNumber.Of(settlement.Date);
            var amount = settlement.Amount.TryWholeMinorUnits(out var whole) && whole > 0 ? whole : 0L;

            // Insertion in date order, after those of the same day: settlements are few and mostly in order already.
            var j = i;
            for (; j > 0 && schedule.days[j - 1] > day; j--)
            {
                (schedule.days[j], schedule.units[j]) = (schedule.days[j - 1], schedule.units[j - 1]);
            }

            (schedule.days[j], schedule.units[j]) = (day, amount);
        }

        schedule.Count = settlements.Count;
        return schedule;
    }

    /// <summary>The day number of settlement <paramref name="index"/>, oldest first.</summary>
    public int Day(int index) => days[index];

    /// <summary>The amount in minor units of settlement <paramref name="index"/>, oldest first.</summary>
    public long Units(int index) => units[index];

    /// <summary>Gives the schedule back to the thread.</summary>
    public void Return() => Scratch<SettlementSchedule>.Return(this);

    /// <inheritdoc/>
    public void Clear() => Count = 0;
}
