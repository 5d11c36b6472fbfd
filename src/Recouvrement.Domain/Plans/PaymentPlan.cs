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
    private readonly PlanDebt[] debts;

    internal PaymentPlan(LocalDate planDate, PlanFrequency frequency, PlanInstalment[] instalments, PlanInterest? interest, PlanDebt[] debts, PlanTracking? replaces)
    {
        PlanDate = planDate;
        Frequency = frequency;
        this.instalments = instalments;
        Instalments = System.Array.AsReadOnly(instalments);
        InterestTerms = interest;
        this.debts = debts;
        Debts = System.Array.AsReadOnly(debts);
        Replaces = replaces;
        // Instalments are whole minor units (made so, or checked by Restore): sums of integers, no decimal arithmetic.
        var (total, interestTotal, fees) = (0L, 0L, 0L);
        foreach (var instalment in instalments)
        {
            (total, interestTotal, fees) = (total + instalment.Amount.WholeMinorUnits, interestTotal + instalment.InterestUnits, fees + instalment.FeeUnits);
        }

        var currency = instalments[0].Amount.Currency;
        (Total, Interest, Fees) = (Money.FromMinorUnits(total, currency), Money.FromMinorUnits(interestTotal, currency), Money.FromMinorUnits(fees, currency));
    }

    /// <summary>Gets what the debtor pays in all: the sum of the instalments, principal, interest and fees.</summary>
    public Money Total { get; }

    /// <summary>Gets the principal the plan settles: the total less interest and fees.</summary>
    public Money Principal => Total - Cost;

    /// <summary>Gets the interest the instalments include.</summary>
    public Money Interest { get; }

    /// <summary>Gets the fees the instalments include.</summary>
    public Money Fees { get; }

    /// <summary>Gets what the plan costs the debtor beyond the principal: interest and fees.</summary>
    public Money Cost => Interest + Fees;

    /// <summary>Gets the day the plan was agreed.</summary>
    public LocalDate PlanDate { get; }

    /// <summary>Gets how often the instalments fall.</summary>
    public PlanFrequency Frequency { get; }

    /// <summary>Gets the instalments in date order, the down payment first when there is one.</summary>
    public IReadOnlyList<PlanInstalment> Instalments { get; }

    /// <summary>The instalments as the array the plan owns, for loops that must not go through an interface; never exposed.</summary>
    internal PlanInstalment[] InstalmentArray => instalments;

    /// <summary>Gets the interest the plan bears; null for an interest-free plan.</summary>
    public PlanInterest? InterestTerms { get; }

    /// <summary>Gets the debts a consolidated plan settles, oldest due first; empty for a plan over one debt.</summary>
    public IReadOnlyList<PlanDebt> Debts { get; }

    /// <summary>Gets the plan this one renegotiated, as it stood then; its own <see cref="Replaces"/> goes further back. Null for a first plan.</summary>
    public PlanTracking? Replaces { get; }

    /// <summary>Gets 1 for a first plan, one more for each renegotiation.</summary>
    public int Revision => Replaces is { } previous ? previous.Plan.Revision + 1 : 1;

    /// <summary>The number of the instalment whose principal completes the payment of a consolidated debt, oldest due first.</summary>
    /// <param name="itemId">One of the <see cref="Debts"/>' item ids.</param>
    /// <returns>The instalment's <see cref="PlanInstalment.Number"/>.</returns>
    /// <exception cref="System.ArgumentException">The plan does not consolidate that item.</exception>
    public int InstalmentSettling(string itemId)
    {
        var owed = Money.Zero(Total.Currency);
        var found = false;
        foreach (var debt in debts)
        {
            owed += debt.Amount;
            if (string.Equals(debt.ItemId, itemId, System.StringComparison.Ordinal))
            {
                found = true;
                break;
            }
        }

        Preconditions.CheckArgument(found, nameof(itemId), $"the plan does not consolidate {itemId}");
        var repaid = Money.Zero(Total.Currency);
        foreach (var instalment in instalments)
        {
            repaid += instalment.Principal;
            if (repaid >= owed)
            {
                return instalment.Number;
            }
        }

        return instalments[instalments.Length - 1].Number;
    }

    /// <summary>Restores a plan stored by the host, checking it as the calculator would have made it.</summary>
    /// <param name="planDate">The day the plan was agreed.</param>
    /// <param name="frequency">How often the instalments fall.</param>
    /// <param name="instalments">The instalments; not kept.</param>
    /// <param name="interest">The interest terms, for an interest-bearing plan.</param>
    /// <param name="debts">The debts of a consolidated plan; not kept.</param>
    /// <returns>The plan, or an invalid result naming every problem: no instalment, numbers out of sequence, due dates out of
    /// order or before the plan, amounts not positive or in several currencies, interest or fee beyond the amount, a down
    /// payment other than the first, debts that do not add up to the principal.</returns>
    /// <remarks>The plan a renegotiated plan replaced is not restored: the host keeps each plan it agreed.</remarks>
    public static Result<PaymentPlan> Restore(LocalDate planDate, PlanFrequency? frequency, IEnumerable<PlanInstalment?>? instalments, PlanInterest? interest = null, IEnumerable<PlanDebt?>? debts = null)
    {
        var list = instalments?.ToArray() ?? [];
        var debtList = debts?.ToArray() ?? [];
        var errors = new ValidationErrors();
        if (frequency is null)
        {
            errors.Add(nameof(frequency), null, "must be given", ErrorCodes.Required);
        }

        if (list.Length == 0)
        {
            errors.Add(nameof(instalments), 0, "must hold at least one instalment", ErrorCodes.Required);
        }

        var currency = list.FirstOrDefault(i => i is not null)?.Amount.Currency ?? Currency.XXX;
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

            if (!instalment.Amount.IsPositive || !instalment.Amount.IsWholeMinorUnits || instalment.Amount.Currency != currency)
            {
                errors.Add($"{field}.Amount", instalment.Amount, "must be positive, in whole minor units, in one currency", ErrorCodes.OutOfRange);
            }
            else if (!IsPart(instalment.Interest, currency) || !IsPart(instalment.Fee, currency) || instalment.Interest + instalment.Fee > instalment.Amount)
            {
                errors.Add($"{field}.Interest", instalment.Interest, $"interest and fee ({instalment.Fee}) must not be negative, in {currency.Code} whole minor units, within the amount", ErrorCodes.OutOfRange);
            }
        }

        PlanInterest.Check(nameof(interest), interest, errors);

        if (debtList.Length > 0 && !errors.HasErrors)
        {
            PaymentPlanCalculator.CheckDebts(debtList, currency, nameof(debts), errors);
            var principal = list.Aggregate(Money.Zero(currency), (sum, i) => sum + i!.Principal);
            if (!errors.HasErrors && debtList.Aggregate(Money.Zero(currency), (sum, d) => sum + d!.Amount) != principal)
            {
                errors.Add(nameof(debts), debtList.Length, $"must add up to the principal of the instalments, {principal}", ErrorCodes.Conflict);
            }
        }

        return errors.ToResult(() => new PaymentPlan(
            planDate,
            frequency!,
            [.. list.Select(i => i!)],
            interest,
            [.. debtList.Select(d => d!).OrderBy(d => d.DueDate).ThenBy(d => d.ItemId, System.StringComparer.Ordinal)],
            null));
    }

    private static bool IsPart(Money part, Currency currency) => part.Currency == currency && !part.IsNegative && part.IsWholeMinorUnits;

    /// <summary>Gets the last instalment's due date.</summary>
    public LocalDate LastDueDate => instalments[instalments.Length - 1].DueDate;

    /// <summary>Renders the plan in English.</summary>
    /// <returns>The schedule.</returns>
    public override string ToString() => Describe(CultureInfo.InvariantCulture);

    /// <summary>Renders the schedule for a letter: in French for a French culture, in English otherwise.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The schedule, one line per instalment, with the interest terms, the debts consolidated and the plan replaced
    /// when there are; the same on every machine.</returns>
    public string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        var series = instalments.Count(i => !i.IsDownPayment);
        var text = new StringBuilder();
        text.AppendLine(wording.IsFrench
            ? $"Échéancier de {Wording.French.Amount(Principal)} convenu le {Wording.French.Date(PlanDate)} : {series} échéances ({Frequency.FrenchLabel}){(series < instalments.Length ? " après un acompte" : string.Empty)}"
            : $"Payment plan for {Wording.English.Amount(Principal)} agreed on {Wording.English.Date(PlanDate)}: {series} {Frequency.Label} instalments{(series < instalments.Length ? " after a down payment" : string.Empty)}");
        if (Replaces is { } previous)
        {
            text.AppendLine(wording.IsFrench
                ? $"Avenant n° {Revision - 1} : remplace l'échéancier du {Wording.French.Date(previous.Plan.PlanDate)} ({Wording.French.Amount(previous.Paid)} payés, {Wording.French.Amount(previous.PayoffAmount)} restant dus)"
                : $"Amendment {Revision - 1}: replaces the plan of {Wording.English.Date(previous.Plan.PlanDate)} ({Wording.English.Amount(previous.Paid)} paid, {Wording.English.Amount(previous.PayoffAmount)} still owed)");
        }

        if (InterestTerms is { } terms)
        {
            text.AppendLine(wording.IsFrench
                ? $"Intérêts : {Wording.French.Rate(terms.Rate)} l'an, {terms.Method.FrenchLabel}, taux périodique {Wording.French.Rate(terms.Rate * (1m / Frequency.PeriodsPerYear))}"
                : $"Interest: {Wording.English.Rate(terms.Rate)} a year, {terms.Method.Label}, periodic rate {Wording.English.Rate(terms.Rate * (1m / Frequency.PeriodsPerYear))}");
        }

        foreach (var debt in debts)
        {
            text.AppendLine(wording.IsFrench
                ? $"  Dette {debt.ItemId} échue le {Wording.French.Date(debt.DueDate)} : {Wording.French.Amount(debt.Amount)}, soldée à l'échéance {InstalmentSettling(debt.ItemId)}"
                : $"  Debt {debt.ItemId} due {Wording.English.Date(debt.DueDate)}: {Wording.English.Amount(debt.Amount)}, settled by instalment {InstalmentSettling(debt.ItemId)}");
        }

        foreach (var instalment in instalments)
        {
            var label = instalment.IsDownPayment ? wording.Pick("down payment", "acompte") : $"{instalment.Number}";
            var moved = instalment.DueDate != instalment.ScheduledDate
                ? (wording.Pick($" (instead of {Wording.English.Date(instalment.ScheduledDate)}, not a business day)", $" (au lieu du {Wording.French.Date(instalment.ScheduledDate)}, jour non ouvré)"))
                : string.Empty;
            text.Append("  ").Append(label).Append(wording.Pick(": ", " : ")).Append(wording.Amount(instalment.Amount))
                .Append(wording.Pick(" on ", " le ")).Append(wording.Date(instalment.DueDate)).Append(moved);
            if (!Cost.IsZero)
            {
                text.Append(wording.Pick(" — principal ", " — capital ")).Append(wording.Amount(instalment.Principal))
                    .Append(wording.Pick(", interest ", ", intérêts ")).Append(wording.Amount(instalment.Interest));
                if (!instalment.Fee.IsZero)
                {
                    text.Append(wording.Pick(", fee ", ", frais ")).Append(wording.Amount(instalment.Fee));
                }
            }

            text.AppendLine();
        }

        text.Append(wording.Pick("Total: ", "Total : ")).Append(wording.Amount(Total));
        if (!Cost.IsZero)
        {
            text.Append(wording.IsFrench
                ? $" (capital {Wording.French.Amount(Principal)}, intérêts {Wording.French.Amount(Interest)}, frais {Wording.French.Amount(Fees)})"
                : $" (principal {Wording.English.Amount(Principal)}, interest {Wording.English.Amount(Interest)}, fees {Wording.English.Amount(Fees)})");
        }

        return text.ToString();
    }
}
