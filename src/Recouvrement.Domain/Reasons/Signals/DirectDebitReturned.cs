using System.Globalization;
using NodaTime;

namespace Recouvrement.Reasons;

/// <summary>A SEPA direct debit came back unpaid with an R-transaction reason code (AM04, MD06…).</summary>
/// <param name="Date">The day the return was received.</param>
/// <param name="Code">The reason code as the bank reported it; an unknown code is kept as is.</param>
public sealed record DirectDebitReturned(LocalDate Date, string Code) : ReasonSignal(Date)
{
    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => SepaReturnCode.TryParse(Code, out var known)
            ? IsFrench(culture) ? $"prélèvement rejeté, code {known!.Name} ({known.Reason.FrenchLabel})" : $"direct debit returned, code {known!.Name} ({known.Description})"
            : IsFrench(culture) ? $"prélèvement rejeté, code inconnu « {Code} »" : $"direct debit returned, unknown code \"{Code}\"";
}
