using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>A contact with the debtor outside the ladder: a call, an e-mail, a visit, theirs or ours.</summary>
public sealed record ContactLogged : CaseEvent
{
    /// <summary>Initializes a new instance of the <see cref="ContactLogged"/> record.</summary>
    /// <param name="date">The day of the contact.</param>
    /// <param name="inbound">Whether the debtor made it; only contacts we make count toward the contact-pressure limit.</param>
    public ContactLogged(LocalDate date, bool inbound)
        : base(date)
    {
        Inbound = inbound;
    }

    /// <summary>Gets a value indicating whether the debtor made it; only contacts we make count toward the contact-pressure limit.</summary>
    public bool Inbound { get; init; }

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        var text = Inbound ? wording.Pick("contact from the debtor", "contact du débiteur") : wording.Pick("contact by us", "contact du créancier");
        return text + By(wording) + (Note is null ? string.Empty : wording.Pick(": ", " : ") + Note);
    }
}
