using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Reasons;

/// <summary>
/// A direct debit came back unpaid with its scheme's reason code: a SEPA R-transaction code (AM04, MD06…) by default, a
/// Bacs ARUDD code or a BECS return code with <see cref="Scheme"/>.
/// </summary>
public sealed record DirectDebitReturned : ReasonSignal
{
    /// <summary>Initializes a new instance of the <see cref="DirectDebitReturned"/> record.</summary>
    /// <param name="date">The day the return was received.</param>
    /// <param name="code">The reason code as the bank reported it; an unknown code is kept as is.</param>
    public DirectDebitReturned(LocalDate date, string code)
        : base(date)
    {
        Code = code;
    }

    /// <summary>Gets the reason code as the bank reported it; an unknown code is kept as is.</summary>
    public string Code { get; init; }

    /// <summary>Gets the scheme the code belongs to; SEPA by default.</summary>
    public DirectDebitScheme Scheme { get; init; } = DirectDebitScheme.Sepa;

    /// <summary>Gets the code's meaning in its scheme, or null when the code is unknown.</summary>
    internal (string Description, UnpaidReason Reason)? Known
        => Scheme == DirectDebitScheme.Bacs ? (BacsReturnCode.TryParse(Code, out var bacs) ? (bacs!.Description, bacs.Reason) : null)
            : Scheme == DirectDebitScheme.Becs ? (BecsReturnCode.TryParse(Code, out var becs) ? (becs!.Description, becs.Reason) : null)
            : SepaReturnCode.TryParse(Code, out var sepa) ? (sepa!.Description, sepa.Reason) : null;

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        var code = Code?.Trim().ToUpperInvariant();
        var debit = Scheme is null || Scheme == DirectDebitScheme.Sepa ? wording.Pick("direct debit", "prélèvement") : Scheme.LabelIn(wording);
        return Known is { } known
            ? wording.Pick($"{debit} returned, code {code} ({known.Description})", $"{debit} rejeté, code {code} ({known.Reason.FrenchLabel})")
            : wording.Pick($"{debit} returned, unknown code \"{Code}\"", $"{debit} rejeté, code inconnu « {Code} »");
    }
}
