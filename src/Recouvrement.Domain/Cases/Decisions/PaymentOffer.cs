using NodaTime;

namespace Recouvrement.Cases;

/// <summary>How and when the debtor offers to pay (seed 004, "Comment et quand serez-vous réglé ?").</summary>
/// <param name="Date">The day of the offer.</param>
/// <param name="Method">The method offered: transfer, card, cheque, bill of exchange (<i>traite</i>)…</param>
/// <param name="PaymentDate">The day the money would arrive: for a bill of exchange, its maturity.</param>
public sealed record PaymentOffer(LocalDate Date, string Method, LocalDate PaymentDate);
