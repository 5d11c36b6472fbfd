using System.Globalization;
using NodaTime;

namespace Recouvrement.Reasons;

/// <summary>A SEPA direct debit came back unpaid with an R-transaction reason code (AM04, MD06…).</summary>
/// <param name="Date">The day the return was received.</param>
/// <param name="Code">The reason code as the bank reported it; an unknown code is kept as is.</param>
public sealed record DirectDebitReturned(LocalDate Date, string Code) : ReasonSignal(Date)
{
    private readonly ReportedCode<SepaReturnCode> code = ReportedCode<SepaReturnCode>.Of(Code);

    /// <summary>Gets the reason code as the bank reported it; an unknown code is kept as is.</summary>
    public string Code
    {
        get => code.Raw;
        init => code = ReportedCode<SepaReturnCode>.Of(value);
    }

    /// <summary>Gets the code's meaning, or null when the code is unknown.</summary>
    internal SepaReturnCode? Known => code.Known;

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => Known is { } known
            ? IsFrench(culture) ? $"prélèvement rejeté, code {known.Name} ({known.Reason.FrenchLabel})" : $"direct debit returned, code {known.Name} ({known.Description})"
            : IsFrench(culture) ? $"prélèvement rejeté, code inconnu « {Code} »" : $"direct debit returned, unknown code \"{Code}\"";
}
