using System.Globalization;
using NodaTime;
using Recouvrement.Internal;
using Recouvrement.Reasons;

namespace Recouvrement.Cases;

/// <summary>
/// Insolvency proceedings were opened against the debtor: dunning stops (C. com. L622-21) and the proof of claim is due
/// by the notice's deadline.
/// </summary>
/// <param name="Date">The day the case learnt of it.</param>
/// <param name="Notice">The published notice, with its proceeding and claim deadline.</param>
public sealed record InsolvencyOpened(LocalDate Date, InsolvencyNotice Notice) : CaseEvent(Date)
{
    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture) => Notice?.Describe(culture) ?? Wording.For(culture).Pick("insolvency proceedings opened", "ouverture d'une procédure collective");
}
