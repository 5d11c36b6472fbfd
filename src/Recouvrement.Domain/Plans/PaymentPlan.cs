using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Ardalis.Result;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Plans;

/// <summary>A payment plan (<i>échéancier</i>): the instalments that settle a debt, adding up to it exactly.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class PaymentPlan
{
    private readonly PlanInstalment[] instalments;

    internal PaymentPlan(Money total, LocalDate planDate, PlanFrequency frequency, PlanInstalment[] instalments)
    {
        Total = total;
        PlanDate = planDate;
        Frequency = frequency;
        this.instalments = instalments;
        Instalments = System.Array.AsReadOnly(instalments);
    }

    /// <summary>Gets the amount the plan settles: the sum of the instalments.</summary>
    public Money Total { get; }

    /// <summary>Gets the day the plan was agreed.</summary>
    public LocalDate PlanDate { get; }

    /// <summary>Gets how often the instalments fall.</summary>
    public PlanFrequency Frequency { get; }

    /// <summary>Gets the instalments in date order, the down payment first when there is one.</summary>
    public IReadOnlyList<PlanInstalment> Instalments { get; }

    /// <summary>Restores a plan stored by the host, checking it as the calculator would have made it.</summary>
    /// <param name="planDate">The day the plan was agreed.</param>
    /// <param name="frequency">How often the instalments fall.</param>
    /// <param name="instalments">The instalments; not kept.</param>
    /// <returns>The plan, or an invalid result naming every problem: no instalment, numbers out of sequence, due dates out of
    /// order or before the plan, amounts not positive or in several currencies, a down payment other than the first.</returns>
    public static Result<PaymentPlan> Restore(LocalDate planDate, PlanFrequency? frequency, IEnumerable<PlanInstalment?>? instalments)
    {
        var list = instalments?.ToArray() ?? [];
        var errors = new ValidationErrors();
        if (frequency is null)
        {
            errors.Add(nameof(frequency), null, "must be given", ErrorCodes.Required);
        }

        if (list.Length == 0)
        {
            errors.Add(nameof(instalments), 0, "must hold at least one instalment", ErrorCodes.Required);
        }

        for (var i = 0; i < list.Length; i++)
        {
            var field = $"{nameof(instalments)}[{i}]";
            if (list[i] is not { } instalment)
            {
                errors.Add(field, null, "must not be null", ErrorCodes.Required);
                continue;
            }

            if (instalment.Number != i + 1 || (instalment.IsDownPayment && i > 0))
            {
                errors.Add($"{field}.Number", instalment.Number, $"must be {i + 1}; only the first may be a down payment", ErrorCodes.Conflict);
            }

            if (instalment.DueDate < planDate || (i > 0 && list[i - 1] is { } previous && instalment.DueDate < previous.DueDate))
            {
                errors.Add($"{field}.DueDate", instalment.DueDate, "must not be before the plan date nor the instalment before", ErrorCodes.OutOfRange);
            }

            if (!instalment.Amount.IsPositive || !instalment.Amount.IsWholeMinorUnits || (list[0] is { } first && instalment.Amount.Currency != first.Amount.Currency))
            {
                errors.Add($"{field}.Amount", instalment.Amount, "must be positive, in whole minor units, in one currency", ErrorCodes.OutOfRange);
            }
        }

        return errors.ToResult(() => new PaymentPlan(
            list.Aggregate(Money.Zero(list[0]!.Amount.Currency), (sum, i) => sum + i!.Amount), planDate, frequency!, [.. list.Select(i => i!)]));
    }

    /// <summary>Gets the last instalment's due date.</summary>
    public LocalDate LastDueDate => instalments[instalments.Length - 1].DueDate;

    /// <summary>Renders the plan in English.</summary>
    /// <returns>The schedule.</returns>
    public override string ToString() => Describe(CultureInfo.InvariantCulture);

    /// <summary>Renders the schedule for a letter: in French for a French culture, in English otherwise.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The schedule, one line per instalment; the same on every machine.</returns>
    public string Describe(CultureInfo? culture)
    {
        var french = culture?.TwoLetterISOLanguageName == "fr";
        var series = instalments.Count(i => !i.IsDownPayment);
        var text = new StringBuilder();
        text.AppendLine(french
            ? $"Échéancier de {Text.Amount(Total, true)} convenu le {Text.Date(PlanDate, true)} : {series} échéances ({Frequency.FrenchLabel}){(series < instalments.Length ? " après un acompte" : string.Empty)}"
            : $"Payment plan for {Text.Amount(Total, false)} agreed on {Text.Date(PlanDate, false)}: {series} {Frequency.Label} instalments{(series < instalments.Length ? " after a down payment" : string.Empty)}");
        foreach (var instalment in instalments)
        {
            var label = instalment.IsDownPayment ? (french ? "acompte" : "down payment") : $"{instalment.Number}";
            var moved = instalment.DueDate != instalment.ScheduledDate
                ? (french ? $" (au lieu du {Text.Date(instalment.ScheduledDate, true)}, jour non ouvré)" : $" (instead of {Text.Date(instalment.ScheduledDate, false)}, not a business day)")
                : string.Empty;
            text.Append("  ").Append(label).Append(french ? " : " : ": ").Append(Text.Amount(instalment.Amount, french))
                .Append(french ? " le " : " on ").Append(Text.Date(instalment.DueDate, french)).AppendLine(moved);
        }

        text.Append(french ? "Total : " : "Total: ").Append(Text.Amount(Total, french));
        return text.ToString();
    }
}
