using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>A closed case was reopened, for instance when the payment that closed it bounced.</summary>
public sealed record CaseReopened : CaseEvent
{
    /// <summary>Initializes a new instance of the <see cref="CaseReopened"/> record.</summary>
    /// <param name="date">The day it was reopened.</param>
    public CaseReopened(LocalDate date)
        : base(date)
    {
    }

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => Wording.For(culture).Pick("case reopened", "dossier rouvert");
}
