using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>A satisfaction survey went to the debtor (seed 000 §5).</summary>
public sealed record SurveySent : CaseEvent
{
    /// <summary>Initializes a new instance of the <see cref="SurveySent"/> record.</summary>
    /// <param name="date">The day it went out.</param>
    public SurveySent(LocalDate date)
        : base(date)
    {
    }

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        return (wording.Pick("satisfaction survey sent", "enquête de satisfaction envoyée")) + By(wording);
    }
}
