using System.Globalization;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>Whether a payment offer brings the money soon enough, with the figures.</summary>
public sealed record OfferAssessment
{
    /// <summary>Initializes a new instance of the <see cref="OfferAssessment"/> record.</summary>
    /// <param name="offer">The offer.</param>
    /// <param name="daysAfterOffer">Days from the offer to the payment.</param>
    /// <param name="daysPastDueAtPayment">How late the oldest open item will be when paid.</param>
    /// <param name="horizonDays">The policy's horizon.</param>
    public OfferAssessment(PaymentOffer offer, int daysAfterOffer, int daysPastDueAtPayment, int horizonDays)
    {
        Offer = offer;
        DaysAfterOffer = daysAfterOffer;
        DaysPastDueAtPayment = daysPastDueAtPayment;
        HorizonDays = horizonDays;
    }

    /// <summary>Gets the offer.</summary>
    public PaymentOffer Offer { get; init; }

    /// <summary>Gets days from the offer to the payment.</summary>
    public int DaysAfterOffer { get; init; }

    /// <summary>Gets how late the oldest open item will be when paid.</summary>
    public int DaysPastDueAtPayment { get; init; }

    /// <summary>Gets the policy's horizon.</summary>
    public int HorizonDays { get; init; }

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
