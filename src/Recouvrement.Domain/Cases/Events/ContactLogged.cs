using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>A contact with the debtor outside the ladder: a call, an e-mail, a visit, theirs or ours.</summary>
/// <param name="Date">The day of the contact.</param>
/// <param name="Inbound">Whether the debtor made it; only contacts we make count toward the contact-pressure limit.</param>
public sealed record ContactLogged(LocalDate Date, bool Inbound) : CaseEvent(Date)
{
    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        var text = Inbound ? wording.Pick("contact from the debtor", "contact du débiteur") : wording.Pick("contact by us", "contact du créancier");
        return text + By(wording) + (Note is null ? string.Empty : wording.Pick(": ", " : ") + Note);
    }
}
