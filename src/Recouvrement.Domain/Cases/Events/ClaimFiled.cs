using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>The proof of claim (<i>déclaration de créance</i>) was filed with the creditors' representative.</summary>
public sealed record ClaimFiled : CaseEvent
{
    /// <summary>Initializes a new instance of the <see cref="ClaimFiled"/> record.</summary>
    /// <param name="date">The day it was filed.</param>
    public ClaimFiled(LocalDate date)
        : base(date)
    {
    }

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => Wording.For(culture).Pick("proof of claim filed", "déclaration de créance déposée");
}
