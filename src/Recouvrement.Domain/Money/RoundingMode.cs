namespace Recouvrement;

/// <summary>How an amount is rounded to its currency's minor unit. Rounding is always explicit.</summary>
public enum RoundingMode
{
    /// <summary>Midpoints go away from zero: 0.125 → 0.13, −0.125 → −0.13. The default, and the commercial usage.</summary>
    HalfAwayFromZero = 0,

    /// <summary>Midpoints go to the even neighbour (banker's rounding): 0.125 → 0.12, 0.135 → 0.14.</summary>
    HalfToEven = 1,
}
