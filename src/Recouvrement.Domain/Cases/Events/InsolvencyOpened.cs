using System.Globalization;
using NodaTime;
using Recouvrement.Internal;
using Recouvrement.Reasons;

namespace Recouvrement.Cases;

/// <summary>
/// Insolvency proceedings were opened against the debtor: dunning stops (C. com. L622-21) and the proof of claim is due
/// by the notice's deadline.
/// </summary>
public sealed record InsolvencyOpened : CaseEvent
{
    /// <summary>Initializes a new instance of the <see cref="InsolvencyOpened"/> record.</summary>
    /// <param name="date">The day the case learnt of it.</param>
    /// <param name="notice">The published notice, with its proceeding and claim deadline.</param>
    public InsolvencyOpened(LocalDate date, InsolvencyNotice notice)
        : base(date)
    {
        Notice = notice;
    }

    /// <summary>Gets the published notice, with its proceeding and claim deadline.</summary>
    public InsolvencyNotice Notice { get; init; }

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture) => Notice?.Describe(culture) ?? Wording.For(culture).Pick("insolvency proceedings opened", "ouverture d'une procédure collective");
}
