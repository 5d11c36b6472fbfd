using System.Collections.Generic;
using System.Globalization;
using System.Linq;
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
    private readonly PenaltyNote? nothingDue;
    private readonly IReadOnlyList<PenaltyNote> noteTexts = [];

    internal PenaltyBreakdown(
        LateInvoice invoice,
        LatePaymentRule rule,
        LocalDate asOf,
        IReadOnlyList<InterestLine> lines,
        decimal exactInterest,
        Money interest,
        Money compensation,
        PenaltyNote? nothingDue)
    {
        this.nothingDue = nothingDue;
        InterestPaid = Money.Zero(interest.Currency);
        Invoice = invoice;
        Rule = rule;
        AsOf = asOf;
        Lines = lines;
        ExactInterest = exactInterest;
        Interest = interest;
        Compensation = compensation;
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
    public string? NothingDueReason => nothingDue?.English;

    /// <summary>
    /// Gets the part of <see cref="Interest"/> that settlements already paid, when they were imputed to interest first
    /// (<see cref="SettlementOrder.InterestFirst"/>, C. civ. 1343-1); zero otherwise.
    /// </summary>
    public Money InterestPaid { get; internal init; }

    /// <summary>Gets what is still owed: interest not yet paid plus the compensation.</summary>
    public Money Total => Interest - InterestPaid + Compensation;

    /// <summary>Gets remarks on how the rule shaped the figures (a legal floor applied, a contractual minimum or cap), in English.</summary>
    public IReadOnlyList<string> Notes { get; private init; } = [];

    /// <summary>Gets the remarks in both languages of the breakdown; setting it fills <see cref="Notes"/> once.</summary>
    internal IReadOnlyList<PenaltyNote> NoteTexts
    {
        get => noteTexts;
        init
        {
            noteTexts = value;
            Notes = value.Select(n => n.English).ToArray();
        }
    }

    /// <summary>Renders the breakdown in English.</summary>
    /// <returns>The breakdown.</returns>
    public override string ToString() => Describe(CultureInfo.InvariantCulture);

    /// <summary>Renders the breakdown for a letter: in French for a French culture, in English otherwise.</summary>
    /// <param name="culture">The culture of the reader.</param>
    /// <returns>The breakdown, one line per row; the same on every machine.</returns>
    public string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        string M(Money m) => wording.Amount(m);
        string R(AnnualRate r) => wording.Rate(r);
        string D(LocalDate d) => wording.Date(d);

        var text = new StringBuilder();
        text.AppendLine(wording.IsFrench
            ? $"Pénalités de retard sur {Invoice.Id} ({M(Invoice.Amount)}, échéance du {D(Invoice.DueDate)}), arrêtées au {D(AsOf)}"
            : $"Late-payment penalties on {Invoice.Id} ({M(Invoice.Amount)} due {D(Invoice.DueDate)}) as of {D(AsOf)}");
        text.AppendLine(wording.Pick($"Rule: {Rule.Name} ({Rule.LegalSource})", $"Règle : {Rule.FrenchName} ({Rule.LegalSource})"));
        if (nothingDue is not null)
        {
            text.Append(wording.Pick("Nothing is due: ", "Rien n'est dû : "))
                .Append(wording.IsFrench ? nothingDue.French : nothingDue.English);
            return text.ToString();
        }

        foreach (var line in Lines)
        {
            var period = line.Period;
            text.Append("  ")
                .Append(wording.Pick($"{D(line.From)} to {D(line.To)}, {line.Days} days: ", $"du {D(line.From)} au {D(line.To)}, {line.Days} jours : "))
                .Append(M(line.Base)).Append(" × ").Append(R(period.Rate))
                .Append(wording.IsFrench
                    ? $" ({period.FrenchReferenceName} au {D(period.ReferenceDate)} {R(period.Reference)} + {R(period.Margin)})"
                    : $" ({period.ReferenceName} on {D(period.ReferenceDate)} {R(period.Reference)} + {R(period.Margin)})")
                .Append(" × ").Append(line.Days).Append(" / ").Append(line.YearBasis).Append(" = ").AppendLine(M(line.Amount));
        }

        foreach (var note in NoteTexts)
        {
            text.Append("  ").AppendLine(wording.IsFrench ? note.French : note.English);
        }

        text.AppendLine(wording.IsFrench
            ? $"Intérêts : {M(Interest)} (intérêts simples, arrondis une seule fois au centime)"
            : $"Interest: {M(Interest)} (simple interest, rounded once to the minor unit)");
        if (!InterestPaid.IsZero)
        {
            text.AppendLine(wording.IsFrench
                ? $"Intérêts déjà réglés par les paiements partiels (C. civ. 1343-1) : -{M(InterestPaid)}"
                : $"Interest already paid by part-payments (C. civ. 1343-1): -{M(InterestPaid)}");
        }

        text.AppendLine(wording.IsFrench
            ? $"Indemnité forfaitaire pour frais de recouvrement : {M(Compensation)} ({Rule.CompensationSource}){(Invoice.CompensationAlreadyCharged ? ", déjà facturée" : string.Empty)}"
            : $"Fixed compensation for recovery costs: {M(Compensation)} ({Rule.CompensationSource}){(Invoice.CompensationAlreadyCharged ? ", already charged" : string.Empty)}");
        text.Append(wording.Pick("Total: ", "Total : ")).Append(M(Total));
        return text.ToString();
    }

    internal static PenaltyBreakdown Nothing(LateInvoice invoice, LatePaymentRule rule, LocalDate asOf, bool settledInTime)
    {
        var zero = Money.Zero(invoice.Amount.Currency);
        var grace = rule.GraceDays;
        var reason = settledInTime && grace == 0 ? new PenaltyNote("settled by the due date: nothing is late", "réglée à l'échéance, aucun retard")
            : settledInTime ? new PenaltyNote($"settled within the {grace} grace days: nothing is charged", $"réglée dans le délai de grâce de {grace} jours, rien n'est dû")
            : grace > 0 && asOf > invoice.DueDate && asOf <= invoice.DueDate.PlusDays(grace) ? new PenaltyNote($"still within the {grace} grace days on the as-of date", $"encore dans le délai de grâce de {grace} jours à la date d'arrêté")
            : new PenaltyNote("not yet late on the as-of date", "pas encore en retard à la date d'arrêté");
        return new PenaltyBreakdown(invoice, rule, asOf, [], 0m, zero, zero, reason);
    }
}
