using System.Globalization;
using NodaTime;

namespace Recouvrement.Cases;

/// <summary>A contact with the debtor outside the ladder: a call, an e-mail, a visit, theirs or ours.</summary>
/// <param name="Date">The day of the contact.</param>
/// <param name="Inbound">Whether the debtor made it; only contacts we make count toward the contact-pressure limit.</param>
public sealed record ContactLogged(LocalDate Date, bool Inbound) : CaseEvent(Date)
{
    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
    {
        var french = IsFrench(culture);
        var text = Inbound ? (french ? "contact du débiteur" : "contact from the debtor") : (french ? "contact du créancier" : "contact by us");
        return text + By(french) + (Note is null ? string.Empty : (french ? " : " : ": ") + Note);
    }
}
