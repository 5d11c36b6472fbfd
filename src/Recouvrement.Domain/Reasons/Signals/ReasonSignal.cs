using System.Globalization;
using NodaTime;

namespace Recouvrement.Reasons;

/// <summary>
/// Something observed that says why an invoice is unpaid: a rejected payment, a dispute, a contact note, a solvency
/// enquiry, an insolvency notice… The classifier weighs them; a host adds signals of its own by deriving from this
/// type and handling them in an <see cref="IReasonRule"/>.
/// </summary>
/// <param name="Date">The day it was observed; never after the classification date.</param>
public abstract record ReasonSignal(LocalDate Date)
{
    /// <summary>Describes the signal for an explanation.</summary>
    /// <param name="culture">The reader's culture: French for a French culture, English otherwise.</param>
    /// <returns>A short description, without the date.</returns>
    public virtual string Describe(CultureInfo? culture) => GetType().Name;

    /// <summary>Whether the reader reads French.</summary>
    private protected static bool IsFrench(CultureInfo? culture) => culture?.TwoLetterISOLanguageName == "fr";
}
