using NodaTime;

namespace Recouvrement.Cases;

/// <summary>How and when the debtor offers to pay (seed 004, "Comment et quand serez-vous réglé ?").</summary>
public sealed record PaymentOffer
{
    /// <summary>Initializes a new instance of the <see cref="PaymentOffer"/> record.</summary>
    /// <param name="date">The day of the offer.</param>
    /// <param name="method">The method offered: transfer, card, cheque, bill of exchange (<i>traite</i>)…</param>
    /// <param name="paymentDate">The day the money would arrive: for a bill of exchange, its maturity.</param>
    public PaymentOffer(LocalDate date, string method, LocalDate paymentDate)
    {
        Date = date;
        Method = method;
        PaymentDate = paymentDate;
    }

    /// <summary>Gets the day of the offer.</summary>
    public LocalDate Date { get; init; }

    /// <summary>Gets the method offered: transfer, card, cheque, bill of exchange (<i>traite</i>)…</summary>
    public string Method { get; init; }

    /// <summary>Gets the day the money would arrive: for a bill of exchange, its maturity.</summary>
    public LocalDate PaymentDate { get; init; }
}
