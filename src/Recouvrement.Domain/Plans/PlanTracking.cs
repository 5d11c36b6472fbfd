using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Plans;

/// <summary>A plan as of a date: each instalment's status, what was paid, the arrears, and whether the plan is kept.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class PlanTracking
{
    private readonly InstalmentTracking[] instalments;

    internal PlanTracking(PaymentPlan plan, LocalDate asOf, InstalmentTracking[] instalments, Money paid, Money arrears, Money overpaid, PlanHealth health, Money payoff, LocalDate? brokenOn)
    {
        PayoffAmount = payoff;
        BrokenOn = brokenOn;
        Plan = plan;
        AsOf = asOf;
        this.instalments = instalments;
        Instalments = System.Array.AsReadOnly(instalments);
        Paid = paid;
        Arrears = arrears;
        Overpaid = overpaid;
        Health = health;
    }

    /// <summary>Gets the plan.</summary>
    public PaymentPlan Plan { get; }

    /// <summary>Gets the tracking date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets each instalment's status, in the plan's order.</summary>
    public IReadOnlyList<InstalmentTracking> Instalments { get; }

    /// <summary>Gets what the payments settled of the plan.</summary>
    public Money Paid { get; }

    /// <summary>Gets the arrears: what is unpaid of the late instalments.</summary>
    public Money Arrears { get; }

    /// <summary>Gets what is left to pay of the plan.</summary>
    public Money Remaining => Plan.Total - Paid;

    /// <summary>Gets what the payments brought beyond the plan's total: a credit, never lost.</summary>
    public Money Overpaid { get; }

    /// <summary>Gets whether the plan is kept, at risk, broken or completed.</summary>
    public PlanHealth Health { get; }

    /// <summary>
    /// Gets what would settle the plan on the tracking date: the unpaid principal of every instalment, with the unpaid
    /// interest and fees of those already due (a payment settles an instalment's fee and interest before its principal,
    /// C. civ. 1343-1); interest not yet due is not owed. What a renegotiated plan settles.
    /// </summary>
    public Money PayoffAmount { get; }

    /// <summary>Gets the day the plan broke: the day after the grace days of the late instalment that exhausted the tolerance; null unless broken.</summary>
    public LocalDate? BrokenOn { get; }

    /// <summary>
    /// Gets what a broken plan makes due at once (<i>déchéance du terme</i>): the <see cref="PayoffAmount"/>; null unless
    /// the plan is broken. The collection case resumes its ladder from <see cref="BrokenOn"/>.
    /// </summary>
    public Money? Accelerated => Health == PlanHealth.Broken ? PayoffAmount : null;

    /// <summary>Renders the tracking in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(CultureInfo.InvariantCulture);

    /// <summary>Renders the tracking for a collector: in French for a French culture, in English otherwise.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The text, the same on every machine.</returns>
    public string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        var text = new StringBuilder();
        text.AppendLine(wording.IsFrench
            ? $"Suivi de l'échéancier au {Wording.French.Date(AsOf)} : {HealthLabel(Wording.French)}"
            : $"Payment plan as of {Wording.English.Date(AsOf)}: {HealthLabel(Wording.English)}");
        foreach (var line in instalments)
        {
            var number = line.Instalment.IsDownPayment ? wording.Pick("down payment", "acompte") : line.Instalment.Number.ToString(CultureInfo.InvariantCulture);
            text.Append("  ").Append(number).Append(wording.Pick(" due ", " du ")).Append(wording.Date(line.Instalment.DueDate))
                .Append(wording.Pick(": ", " : ")).Append(wording.Amount(line.Instalment.Amount))
                .Append(wording.Pick(", paid ", ", payé ")).Append(wording.Amount(line.Paid))
                .Append(", ").Append(StatusLabel(line, wording)).AppendLine();
        }

        text.AppendLine(wording.IsFrench
            ? $"Payé : {Wording.French.Amount(Paid)} ; arriérés : {Wording.French.Amount(Arrears)} ; reste dû : {Wording.French.Amount(Remaining)}"
            : $"Paid: {Wording.English.Amount(Paid)}; arrears: {Wording.English.Amount(Arrears)}; remaining: {Wording.English.Amount(Remaining)}");
        if (Accelerated is { } accelerated)
        {
            text.AppendLine(wording.IsFrench
                ? $"Échéancier rompu le {Wording.French.Date(BrokenOn!.Value)} : déchéance du terme, {Wording.French.Amount(accelerated)} exigibles immédiatement"
                : $"Plan broken on {Wording.English.Date(BrokenOn!.Value)}: the remaining balance of {Wording.English.Amount(accelerated)} is due at once");
        }

        if (!Overpaid.IsZero)
        {
            text.AppendLine(wording.Pick($"Overpaid: {Wording.English.Amount(Overpaid)}", $"Trop-perçu : {Wording.French.Amount(Overpaid)}"));
        }

        return text.ToString().TrimEnd();
    }

    private string HealthLabel(Wording wording) => (Health, wording.IsFrench) switch
    {
        (PlanHealth.Kept, false) => "kept",
        (PlanHealth.Kept, true) => "respecté",
        (PlanHealth.AtRisk, false) => "at risk",
        (PlanHealth.AtRisk, true) => "en risque",
        (PlanHealth.Broken, false) => "broken",
        (PlanHealth.Broken, true) => "rompu",
        (_, false) => "completed",
        _ => "soldé",
    };

    private static string StatusLabel(InstalmentTracking line, Wording wording) => (line.Status, wording.IsFrench) switch
    {
        (InstalmentStatus.Upcoming, false) => "upcoming",
        (InstalmentStatus.Upcoming, true) => "à venir",
        (InstalmentStatus.Paid, false) => "paid",
        (InstalmentStatus.Paid, true) => "payée",
        (InstalmentStatus.PartlyPaid, false) => "partly paid",
        (InstalmentStatus.PartlyPaid, true) => "payée en partie",
        (InstalmentStatus.Due, false) => "due",
        (InstalmentStatus.Due, true) => "exigible",
        (_, false) => $"late by {line.DaysLate} days",
        _ => $"en retard de {line.DaysLate} jours",
    };
}
