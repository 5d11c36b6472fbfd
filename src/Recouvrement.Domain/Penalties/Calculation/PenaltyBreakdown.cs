using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>
/// The penalties of one receivable as of a date: interest line by line, fixed compensation, total, the rule and its
/// legal source; <see cref="Describe"/> renders it in English or French for a letter.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class PenaltyBreakdown
{
    private static readonly NumberFormatInfo FrenchNumbers = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "\u00a0" };

    private readonly bool settledOnTime;

    internal PenaltyBreakdown(
        LateInvoice invoice,
        LatePaymentRule rule,
        LocalDate asOf,
        IReadOnlyList<InterestLine> lines,
        decimal exactInterest,
        Money interest,
        Money compensation,
        string? nothingDueReason,
        bool settledOnTime = false)
    {
        this.settledOnTime = settledOnTime;
        Invoice = invoice;
        Rule = rule;
        AsOf = asOf;
        Lines = lines;
        ExactInterest = exactInterest;
        Interest = interest;
        Compensation = compensation;
        NothingDueReason = nothingDueReason;
    }

    /// <summary>Gets the receivable.</summary>
    public LateInvoice Invoice { get; }

    /// <summary>Gets the rule applied.</summary>
    public LatePaymentRule Rule { get; }

    /// <summary>Gets the last day interest runs to.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the interest lines, one per span of constant base and rate.</summary>
    public IReadOnlyList<InterestLine> Lines { get; }

    /// <summary>Gets the interest before rounding.</summary>
    public decimal ExactInterest { get; }

    /// <summary>Gets the interest, rounded once to the minor unit (half away from zero).</summary>
    public Money Interest { get; }

    /// <summary>Gets the fixed compensation for recovery costs; zero when not owed or already charged.</summary>
    public Money Compensation { get; }

    /// <summary>Gets why nothing is owed, when nothing is; otherwise null.</summary>
    public string? NothingDueReason { get; }

    /// <summary>Gets the interest plus the compensation when both are in the invoice's currency.</summary>
    public Money Total => Interest + Compensation;

    /// <summary>Renders the breakdown in English.</summary>
    /// <returns>The breakdown.</returns>
    public override string ToString() => Describe(CultureInfo.InvariantCulture);

    /// <summary>Renders the breakdown for a letter: in French for a French culture, in English otherwise.</summary>
    /// <param name="culture">The culture of the reader.</param>
    /// <returns>The breakdown, one line per row; the same on every machine.</returns>
    public string Describe(CultureInfo? culture)
    {
        var french = culture?.TwoLetterISOLanguageName == "fr";
        var numbers = french ? FrenchNumbers : NumberFormatInfo.InvariantInfo;
        string M(Money m) => m.ToString("N", numbers);
        string R(AnnualRate r) => r.Percent.ToString("0.00##", numbers) + "\u00a0%";
        string D(LocalDate d) => french ? d.ToString("dd/MM/uuuu", CultureInfo.InvariantCulture) : Iso.Date(d);

        var text = new StringBuilder();
        text.AppendLine(french
            ? $"Pénalités de retard sur {Invoice.Id} ({M(Invoice.Amount)}, échéance du {D(Invoice.DueDate)}), arrêtées au {D(AsOf)}"
            : $"Late-payment penalties on {Invoice.Id} ({M(Invoice.Amount)} due {D(Invoice.DueDate)}) as of {D(AsOf)}");
        text.AppendLine(french ? $"Règle : {Rule.FrenchName} ({Rule.LegalSource})" : $"Rule: {Rule.Name} ({Rule.LegalSource})");
        if (NothingDueReason is not null)
        {
            text.Append(french ? "Rien n'est dû : " : "Nothing is due: ")
                .Append(!french ? NothingDueReason : settledOnTime ? "réglée à l'échéance, aucun retard" : "pas encore en retard à la date d'arrêté");
            return text.ToString();
        }

        foreach (var line in Lines)
        {
            var period = line.Period;
            text.Append("  ")
                .Append(french ? $"du {D(line.From)} au {D(line.To)}, {line.Days} jours : " : $"{D(line.From)} to {D(line.To)}, {line.Days} days: ")
                .Append(M(line.Base)).Append(" × ").Append(R(period.Rate))
                .Append(french
                    ? $" ({period.FrenchReferenceName} au {D(period.ReferenceDate)} {R(period.Reference)} + {R(period.Margin)})"
                    : $" ({period.ReferenceName} on {D(period.ReferenceDate)} {R(period.Reference)} + {R(period.Margin)})")
                .Append(" × ").Append(line.Days).Append(" / 365 = ").AppendLine(M(line.Amount));
        }

        text.AppendLine(french
            ? $"Intérêts : {M(Interest)} (intérêts simples, arrondis une seule fois au centime)"
            : $"Interest: {M(Interest)} (simple interest, rounded once to the minor unit)");
        text.AppendLine(french
            ? $"Indemnité forfaitaire pour frais de recouvrement : {M(Compensation)} ({Rule.CompensationSource}){(Invoice.CompensationAlreadyCharged ? ", déjà facturée" : string.Empty)}"
            : $"Fixed compensation for recovery costs: {M(Compensation)} ({Rule.CompensationSource}){(Invoice.CompensationAlreadyCharged ? ", already charged" : string.Empty)}");
        text.Append(french ? "Total : " : "Total: ").Append(M(Total));
        return text.ToString();
    }

    internal static PenaltyBreakdown Nothing(LateInvoice invoice, LatePaymentRule rule, LocalDate asOf, bool settledOnTime)
    {
        var zero = Money.Zero(invoice.Amount.Currency);
        var reason = settledOnTime ? "settled by the due date: nothing is late" : "not yet late on the as-of date";
        return new PenaltyBreakdown(invoice, rule, asOf, [], 0m, zero, zero, reason, settledOnTime);
    }
}
