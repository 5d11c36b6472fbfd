using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>A part of an invoice payable on its own due date (each late instalment is late on its own).</summary>
/// <param name="DueDate">The date the instalment is due.</param>
/// <param name="Amount">The amount of the instalment, including VAT.</param>
public sealed record Instalment(LocalDate DueDate, Money Amount);
