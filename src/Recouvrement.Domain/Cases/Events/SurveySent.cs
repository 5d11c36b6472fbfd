using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>A satisfaction survey went to the debtor (seed 000 §5).</summary>
/// <param name="Date">The day it went out.</param>
public sealed record SurveySent(LocalDate Date) : CaseEvent(Date)
{
    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        return (wording.Pick("satisfaction survey sent", "enquête de satisfaction envoyée")) + By(wording);
    }
}
