using System.Globalization;
using NodaTime;

namespace Recouvrement.Cases;

/// <summary>A satisfaction survey went to the debtor (seed 000 §5).</summary>
/// <param name="Date">The day it went out.</param>
public sealed record SurveySent(LocalDate Date) : CaseEvent(Date)
{
    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
    {
        var french = IsFrench(culture);
        return (french ? "enquête de satisfaction envoyée" : "satisfaction survey sent") + By(french);
    }
}
