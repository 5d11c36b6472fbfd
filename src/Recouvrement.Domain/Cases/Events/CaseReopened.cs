using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>A closed case was reopened, for instance when the payment that closed it bounced.</summary>
/// <param name="Date">The day it was reopened.</param>
public sealed record CaseReopened(LocalDate Date) : CaseEvent(Date)
{
    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => Wording.For(culture).Pick("case reopened", "dossier rouvert");
}
