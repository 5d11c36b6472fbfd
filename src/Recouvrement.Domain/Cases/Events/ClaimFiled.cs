using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>The proof of claim (<i>déclaration de créance</i>) was filed with the creditors' representative.</summary>
/// <param name="Date">The day it was filed.</param>
public sealed record ClaimFiled(LocalDate Date) : CaseEvent(Date)
{
    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => Wording.For(culture).Pick("proof of claim filed", "déclaration de créance déposée");
}
