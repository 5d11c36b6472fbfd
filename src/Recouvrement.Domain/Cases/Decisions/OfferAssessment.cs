using System.Globalization;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>Whether a payment offer brings the money soon enough, with the figures.</summary>
/// <param name="Offer">The offer.</param>
/// <param name="DaysAfterOffer">Days from the offer to the payment.</param>
/// <param name="DaysPastDueAtPayment">How late the oldest open item will be when paid.</param>
/// <param name="HorizonDays">The policy's horizon.</param>
public sealed record OfferAssessment(PaymentOffer Offer, int DaysAfterOffer, int DaysPastDueAtPayment, int HorizonDays)
{
    /// <summary>Gets a value indicating whether the payment arrives within the horizon; otherwise negotiate a sooner date.</summary>
    public bool IsAcceptable => DaysAfterOffer <= HorizonDays;

    /// <summary>Describes the assessment in English.</summary>
    /// <returns>One sentence.</returns>
    public override string ToString() => Describe(CultureInfo.InvariantCulture);

    /// <summary>Describes the assessment, in French for a French culture, in English otherwise.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>One sentence.</returns>
    public string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        var when = wording.Date(Offer.PaymentDate);
        return wording.IsFrench
            ? $"{Offer.Method} payable le {when}, {DaysAfterOffer} j après l'offre : la plus ancienne facture aura {DaysPastDueAtPayment} j de retard ; "
              + (IsAcceptable ? "acceptable" : $"au-delà de l'horizon de {HorizonDays} j, à refuser ou renégocier")
            : $"{Offer.Method} paying on {when}, {DaysAfterOffer} days after the offer: the oldest invoice will be {DaysPastDueAtPayment} days late; "
              + (IsAcceptable ? "acceptable" : $"beyond the {HorizonDays}-day horizon, refuse or negotiate a sooner date");
    }
}
