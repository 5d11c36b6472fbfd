using System.Globalization;
using NodaTime;

namespace Recouvrement.Jurisdictions;

/// <summary>
/// How long a creditor may sue for a debt (<i>prescription</i>): a length from the due date — or from the end of the
/// year it fell due (§199 BGB) —, started again by an acknowledgement of the debt (a payment, a promise, a plan) and
/// stopped by a court claim.
/// </summary>
public sealed record LimitationPeriod
{
    /// <summary>Initializes a new instance of the <see cref="LimitationPeriod"/> record.</summary>
    /// <param name="length">How long the claim lasts.</param>
    /// <param name="source">The law that sets it ("C. com. art. L110-4").</param>
    public LimitationPeriod(Period length, string source)
    {
        Length = length;
        Source = source;
    }

    /// <summary>Gets how long the claim lasts.</summary>
    public Period Length { get; init; }

    /// <summary>Gets the law that sets it ("C. com. art. L110-4").</summary>
    public string Source { get; init; }

    /// <summary>Gets a value indicating whether the period runs from the end of the year the debt fell due, not from the due date.</summary>
    public bool FromYearEnd { get; init; }

    /// <summary>The last day a claim that fell due, or was last acknowledged, on <paramref name="start"/> may be brought.</summary>
    /// <param name="start">The due date, or the day of the last acknowledgement.</param>
    /// <returns>The last day before the claim is time-barred.</returns>
    public LocalDate LastDay(LocalDate start)
        => (FromYearEnd ? new LocalDate(start.Year, 12, 31) : start).Plus(Length);

    /// <summary>Describes the period in English.</summary>
    /// <returns>One line.</returns>
    public override string ToString()
        => string.Format(CultureInfo.InvariantCulture, "{0}{1} ({2})", Describe(Length), FromYearEnd ? " from the end of the year the debt fell due" : " from the due date", Source);

    private static string Describe(Period length)
        => length.Years > 0 && length.Months == 0 && length.Days == 0 ? $"{length.Years} year{(length.Years > 1 ? "s" : string.Empty)}" : length.ToString();
}
