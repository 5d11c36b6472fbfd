using System.Globalization;
using NodaTime;

namespace Recouvrement.Reasons;

/// <summary>A SEPA direct debit came back unpaid with an R-transaction reason code (AM04, MD06…).</summary>
/// <param name="Date">The day the return was received.</param>
/// <param name="Code">The reason code as the bank reported it; an unknown code is kept as is.</param>
public sealed record DirectDebitReturned(LocalDate Date, string Code) : ReasonSignal(Date)
{
    // The code is looked up once, when given: the classifier reads it for every account of a run.
    private readonly string code = Code;
    private readonly SepaReturnCode? known = Find(Code);

    /// <summary>Gets the reason code as the bank reported it; an unknown code is kept as is.</summary>
    public string Code
    {
        get => code;
        init => (code, known) = (value, Find(value));
    }

    /// <summary>Gets the code's meaning, or null when the code is unknown.</summary>
    internal SepaReturnCode? Known => known;

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => known is not null
            ? IsFrench(culture) ? $"prélèvement rejeté, code {known.Name} ({known.Reason.FrenchLabel})" : $"direct debit returned, code {known.Name} ({known.Description})"
            : IsFrench(culture) ? $"prélèvement rejeté, code inconnu « {Code} »" : $"direct debit returned, unknown code \"{Code}\"";

    private static SepaReturnCode? Find(string? code) => SepaReturnCode.TryParse(code, out var found) ? found : null;
}
