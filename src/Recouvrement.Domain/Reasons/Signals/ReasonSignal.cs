using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Reasons;

/// <summary>
/// Something observed that says why an invoice is unpaid: a rejected payment, a dispute, a contact note, a solvency
/// enquiry, an insolvency notice… The classifier weighs them; a host adds signals of its own by deriving from this
/// type and handling them in an <see cref="IReasonRule"/>.
/// </summary>
public abstract record ReasonSignal
{
    // The classifier compares the day number: comparing dates costs several times more, for every signal of every account.
    private readonly LocalDate date;
    private readonly int day;

    /// <summary>Initializes a new instance of the <see cref="ReasonSignal"/> record.</summary>
    /// <param name="date">The day it was observed; never after the classification date.</param>
    protected ReasonSignal(LocalDate date) => Date = date;

    /// <summary>Gets the day it was observed; never after the classification date.</summary>
    public LocalDate Date
    {
        get => date;
        init => (date, day) = (value, DayNumber.Of(value));
    }

    /// <summary>Gets <see cref="Date"/> as a day number.</summary>
    internal int Day => day;

    /// <summary>Describes the signal for an explanation.</summary>
    /// <param name="culture">The reader's culture: French for a French culture, English otherwise.</param>
    /// <returns>A short description, without the date.</returns>
    public virtual string Describe(CultureInfo? culture) => GetType().Name;

    /// <summary>Whether the reader reads French.</summary>
    private protected static bool IsFrench(CultureInfo? culture) => culture?.TwoLetterISOLanguageName == "fr";
}
