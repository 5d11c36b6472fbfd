using System.Collections.Generic;
using Ardalis.Result;
using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>
/// A statutory late-payment regime: which rate applies on each overdue day, whether the debtor can be charged under
/// it, and the fixed compensation per late invoice. Each rule names its legal source.
/// </summary>
/// <remarks>Rules are immutable and thread-safe. Interest is simple, on the amount due including VAT.</remarks>
public abstract class LatePaymentRule
{
    private protected LatePaymentRule()
    {
    }

    /// <summary>Gets the rule's name, shown in breakdowns.</summary>
    public abstract string Name { get; }

    /// <summary>Gets the legal source, shown in breakdowns.</summary>
    public abstract string LegalSource { get; }

    /// <summary>Gets the rule's name in French, for French breakdowns.</summary>
    internal abstract string FrenchName { get; }

    /// <summary>Gets the legal source of the fixed compensation.</summary>
    internal abstract string CompensationSource { get; }

    /// <summary>
    /// France, between businesses (C. com. L441-10, D441-5): the ECB main refinancing rate in force on 1 January
    /// (first half-year) or 1 July (second half-year) plus 10 points, changing at each half-year boundary; from the day
    /// after the due date, without any reminder; €40 fixed compensation per late invoice; never for a consumer.
    /// </summary>
    /// <param name="ecbRate">The ECB series; <see cref="ReferenceRates.EcbMainRefinancingRate"/> when null.</param>
    /// <returns>The rule.</returns>
    public static LatePaymentRule FranceBusiness(ReferenceRateSeries? ecbRate = null)
        => new FranceBusinessRule(ecbRate ?? ReferenceRates.EcbMainRefinancingRate);

    /// <summary>
    /// France, a consumer debtor (C. civ. 1231-6 and 1344-1, C. mon. fin. L313-2 and L313-3): the legal interest rate of
    /// each half-year — for a creditor who is a private person, or for other cases — from the formal notice
    /// (<see cref="LateInvoice.FormalNoticeDate"/>), plus 5 points from the end of the two months after an enforceable
    /// judgment (<see cref="LateInvoice.JudgmentDate"/>); no fixed compensation (collection costs cannot be charged to a
    /// consumer without an enforceable title, L111-8 CPCE).
    /// </summary>
    /// <param name="creditorIsPrivatePerson">Whether the creditor is a private person acting outside a trade.</param>
    /// <param name="legalRate">The legal-rate series; the shipped series matching the creditor when null.</param>
    /// <returns>The rule.</returns>
    public static LatePaymentRule FranceConsumer(bool creditorIsPrivatePerson = false, ReferenceRateSeries? legalRate = null)
        => new FranceConsumerRule(
            legalRate ?? (creditorIsPrivatePerson ? ReferenceRates.FrenchLegalRatePrivateCreditor : ReferenceRates.FrenchLegalRateOtherCases));

    /// <summary>
    /// The generic rule of Directive 2011/7/EU, for a euro-area country without a dedicated rule: the reference rate in
    /// force on 1 January / 1 July plus at least 8 points, changing at each half-year boundary; €40 minimum fixed
    /// compensation per late invoice; commercial transactions only (no consumer).
    /// </summary>
    /// <param name="referenceRate">The reference series; <see cref="ReferenceRates.EcbMainRefinancingRate"/> when null.</param>
    /// <param name="marginPoints">The points added by the national law, at least 8.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="marginPoints"/> is below the directive's 8 points.</exception>
    public static LatePaymentRule EuDirective(ReferenceRateSeries? referenceRate = null, decimal marginPoints = 8m)
    {
        if (marginPoints < 8m)
        {
            throw new System.ArgumentOutOfRangeException(nameof(marginPoints), marginPoints, "Directive 2011/7/EU art. 2(6) requires at least 8 points.");
        }

        return new EuDirectiveRule(referenceRate ?? ReferenceRates.EcbMainRefinancingRate, AnnualRate.FromPercent(marginPoints));
    }

    /// <summary>
    /// Germany, BGB §288 with §247: the base rate (Basiszinssatz) of each half-year plus 9 points when no consumer is
    /// involved, plus 5 points when the debtor is a consumer; €40 flat fee when the debtor is not a consumer
    /// (§288(5)). Interest is computed from the day after the due date (default by calendar date, §286(2) no. 1).
    /// </summary>
    /// <param name="baseRate">The base-rate series; <see cref="ReferenceRates.GermanBaseRate"/> when null.</param>
    /// <returns>The rule.</returns>
    public static LatePaymentRule Germany(ReferenceRateSeries? baseRate = null)
        => new GermanyRule(baseRate ?? ReferenceRates.GermanBaseRate);

    /// <summary>
    /// United Kingdom, Late Payment of Commercial Debts (Interest) Act 1998: the Bank Rate in force on the 31 December
    /// or 30 June before the debt became late, plus 8 points, fixed for the life of the debt; fixed sums of £40 below
    /// £1,000, £70 below £10,000 and £100 from £10,000; business debts only.
    /// </summary>
    /// <param name="bankRate">The Bank Rate series; <see cref="ReferenceRates.BankOfEnglandBankRate"/> when null.</param>
    /// <returns>The rule.</returns>
    public static LatePaymentRule UnitedKingdom(ReferenceRateSeries? bankRate = null)
        => new UnitedKingdomRule(bankRate ?? ReferenceRates.BankOfEnglandBankRate);

    /// <summary>
    /// France, a public buyer (C. de la commande publique R2192-31, D2192-35): the ECB main refinancing rate in force on
    /// the first day of the half-year in which interest started to run, plus 8 points, fixed for the life of the debt;
    /// €40 fixed compensation; public authorities only.
    /// </summary>
    /// <param name="ecbRate">The ECB series; <see cref="ReferenceRates.EcbMainRefinancingRate"/> when null.</param>
    /// <returns>The rule.</returns>
    public static LatePaymentRule FrancePublicBuyer(ReferenceRateSeries? ecbRate = null)
        => new FrancePublicBuyerRule(ecbRate ?? ReferenceRates.EcbMainRefinancingRate);

    /// <summary>
    /// Belgium, between businesses (Law of 2 August 2002 on late payment in commercial transactions, art. 5 and 6): the
    /// ECB rate of each half-year plus 8 points, rounded up to the next half point; €40 per late invoice.
    /// </summary>
    /// <param name="ecbRate">The ECB series; <see cref="ReferenceRates.EcbMainRefinancingRate"/> when null.</param>
    /// <returns>The rule.</returns>
    public static LatePaymentRule Belgium(ReferenceRateSeries? ecbRate = null)
        => new BelgiumBusinessRule(ecbRate ?? ReferenceRates.EcbMainRefinancingRate);

    /// <summary>
    /// Belgium, a consumer (Code of Economic Law, Book XIX): the legal rate, from the end of the fourteen days the free
    /// first reminder gives (counted from the day after it was sent); no fixed compensation.
    /// </summary>
    /// <param name="legalRate">The legal-rate series; <see cref="ReferenceRates.BelgianLegalRate"/> when null.</param>
    /// <returns>The rule.</returns>
    public static LatePaymentRule BelgiumConsumer(ReferenceRateSeries? legalRate = null)
        => new LegalRateRule(legalRate ?? ReferenceRates.BelgianLegalRate, Currency.EUR, new("Belgium, legal interest owed by a consumer", "Belgique, intérêts au taux légal dus par un consommateur", "Code de droit économique, livre XIX", DaysAfterNotice: 15));

    /// <summary>Spain, between businesses (Ley 3/2004, art. 7 and 8): the ECB rate of each half-year plus 8 points; €40 per late invoice.</summary>
    /// <param name="ecbRate">The ECB series; <see cref="ReferenceRates.EcbMainRefinancingRate"/> when null.</param>
    /// <returns>The rule.</returns>
    public static LatePaymentRule Spain(ReferenceRateSeries? ecbRate = null)
        => new EuDirectiveRule(ecbRate ?? ReferenceRates.EcbMainRefinancingRate, AnnualRate.FromPercent(8m), new("Spain, late payment in commercial transactions", "Espagne, retard de paiement dans les opérations commerciales", "Ley 3/2004, art. 7", "Ley 3/2004, art. 8"));

    /// <summary>Spain, a consumer (Código Civil art. 1100, 1108): the legal rate of money from the formal demand; no fixed compensation.</summary>
    /// <param name="legalRate">The legal-rate series; <see cref="ReferenceRates.SpanishLegalRate"/> when null.</param>
    /// <returns>The rule.</returns>
    public static LatePaymentRule SpainConsumer(ReferenceRateSeries? legalRate = null)
        => new LegalRateRule(legalRate ?? ReferenceRates.SpanishLegalRate, Currency.EUR, new("Spain, legal interest owed by a consumer", "Espagne, intérêts au taux légal dus par un consommateur", "Código Civil, art. 1100, 1108", DaysAfterNotice: 0));

    /// <summary>Italy, between businesses (D.Lgs. 231/2002, art. 5 and 6): the ECB rate of each half-year plus 8 points; €40 per late invoice.</summary>
    /// <param name="ecbRate">The ECB series; <see cref="ReferenceRates.EcbMainRefinancingRate"/> when null.</param>
    /// <returns>The rule.</returns>
    public static LatePaymentRule Italy(ReferenceRateSeries? ecbRate = null)
        => new EuDirectiveRule(ecbRate ?? ReferenceRates.EcbMainRefinancingRate, AnnualRate.FromPercent(8m), new("Italy, late payment in commercial transactions", "Italie, retard de paiement dans les transactions commerciales", "D.Lgs. 231/2002, art. 5", "D.Lgs. 231/2002, art. 6"));

    /// <summary>
    /// Italy, a consumer (codice civile art. 1224, 1284): the legal rate from the day after the due date — a money debt is
    /// paid at the creditor's domicile, so default needs no demand (art. 1182, 1219); no fixed compensation.
    /// </summary>
    /// <param name="legalRate">The legal-rate series; <see cref="ReferenceRates.ItalianLegalRate"/> when null.</param>
    /// <returns>The rule.</returns>
    public static LatePaymentRule ItalyConsumer(ReferenceRateSeries? legalRate = null)
        => new LegalRateRule(legalRate ?? ReferenceRates.ItalianLegalRate, Currency.EUR, new("Italy, legal interest owed by a consumer", "Italie, intérêts au taux légal dus par un consommateur", "codice civile, art. 1224, 1284", DaysAfterNotice: null));

    /// <summary>
    /// The Netherlands, between businesses (BW 6:119a, 6:120(2), 6:96(4)): the ECB rate of each half-year plus 8 points;
    /// €40 minimum collection costs. The law adds each full year's interest to the base (6:119a(3)): the calculation is
    /// refused beyond the first year of default rather than understated.
    /// </summary>
    /// <param name="ecbRate">The ECB series; <see cref="ReferenceRates.EcbMainRefinancingRate"/> when null.</param>
    /// <returns>The rule.</returns>
    public static LatePaymentRule Netherlands(ReferenceRateSeries? ecbRate = null)
        => new EuDirectiveRule(ecbRate ?? ReferenceRates.EcbMainRefinancingRate, AnnualRate.FromPercent(8m), new("Netherlands, commercial statutory interest (wettelijke handelsrente)", "Pays-Bas, intérêts légaux commerciaux (wettelijke handelsrente)", "BW art. 6:119a, 6:120(2)", "BW art. 6:96(4)", CompoundsYearly: true));

    /// <summary>
    /// The Netherlands, a consumer (BW 6:119, 6:120(1)): the statutory rate from the day after the due date; collection
    /// costs only after the fourteen-day letter, on the WIK scale (not posted by the library). Refused beyond the first year
    /// of default, as the law compounds yearly (6:119(2)).
    /// </summary>
    /// <param name="statutoryRate">The statutory-rate series; <see cref="ReferenceRates.DutchStatutoryRate"/> when null.</param>
    /// <returns>The rule.</returns>
    public static LatePaymentRule NetherlandsConsumer(ReferenceRateSeries? statutoryRate = null)
        => new LegalRateRule(statutoryRate ?? ReferenceRates.DutchStatutoryRate, Currency.EUR, new("Netherlands, statutory interest (wettelijke rente)", "Pays-Bas, intérêts légaux (wettelijke rente)", "BW art. 6:119, 6:120(1)", DaysAfterNotice: null, CompoundsYearly: true));

    /// <summary>
    /// Late-payment interest as a contract sets it (an ERP's finance-charge terms): a fixed rate, or a reference rate plus
    /// a margin that follows each change of the reference; a day count; grace days; a minimum charge; a cap; the balance-due
    /// or average-daily-balance method; a fixed fee per late invoice, never charged to a consumer.
    /// </summary>
    /// <param name="terms">
    /// The terms: a fixed rate from 0 to <see cref="PenaltyLimits.MaxRatePercent"/>, or a reference rate plus a margin
    /// from 0 to <see cref="PenaltyLimits.MaxRatePercent"/> (a negative margin is refused: the reference falls, and late
    /// interest never turns in the debtor's favour); grace days from 0 to <see cref="PenaltyLimits.MaxGraceDays"/>.
    /// </param>
    /// <returns>The rule, or an invalid result naming every problem with the terms.</returns>
    public static Result<LatePaymentRule> Contractual(ContractualTerms? terms)
    {
        var errors = new ValidationErrors();
        if (terms is null)
        {
            errors.Add(nameof(terms), null, "must be given", ErrorCodes.Required);
            return errors.ToInvalid<LatePaymentRule>();
        }

        if (terms.FixedRate is null == terms.ReferenceRate is null)
        {
            errors.Add("terms.FixedRate", terms.FixedRate, "set either a fixed rate or a reference rate, not both or neither", ErrorCodes.Conflict);
        }

        if (terms.FixedRate is { } fixedRate && (fixedRate < AnnualRate.Zero || terms.Margin != AnnualRate.Zero))
        {
            errors.Add("terms.FixedRate", fixedRate, "must not be negative, and takes no margin (a margin is added to a reference rate)", ErrorCodes.OutOfRange);
        }
        else if (terms.FixedRate is { } highRate && highRate > MaxRate)
        {
            errors.Add("terms.FixedRate", highRate, $"must be at most {PenaltyLimits.MaxRatePercent} % a year", ErrorCodes.OutOfRange);
        }

        if (terms.ReferenceRate is not null && terms.Margin < AnnualRate.Zero)
        {
            // The reference falls as well as rises: reference minus points turns negative with it, and interest for paying
            // late is never owed to the debtor.
            errors.Add("terms.Margin", terms.Margin, "must not be negative: late-payment interest is the reference rate plus points", ErrorCodes.OutOfRange);
        }
        else if (terms.ReferenceRate is not null && terms.Margin > MaxRate)
        {
            errors.Add("terms.Margin", terms.Margin, $"must be at most {PenaltyLimits.MaxRatePercent} % a year", ErrorCodes.OutOfRange);
        }

        if (string.IsNullOrWhiteSpace(terms.Name))
        {
            errors.Add("terms.Name", terms.Name, "must not be blank: breakdowns name the terms", ErrorCodes.Required);
        }

        if (terms.DayCount is null)
        {
            errors.Add("terms.DayCount", null, "must be given", ErrorCodes.Required);
        }

        if (terms.GraceDays is < 0 or > PenaltyLimits.MaxGraceDays)
        {
            errors.Add("terms.GraceDays", terms.GraceDays, $"must be between 0 and {PenaltyLimits.MaxGraceDays}", ErrorCodes.OutOfRange);
        }

        CheckAmount("terms.MinimumCharge", terms.MinimumCharge, errors);
        CheckAmount("terms.Cap", terms.Cap, errors);
        CheckAmount("terms.FixedFee", terms.FixedFee, errors);
        if (terms.MinimumCharge is { } minimum && terms.Cap is { } cap && minimum.Currency.Equals(cap.Currency) && minimum > cap)
        {
            errors.Add("terms.MinimumCharge", minimum, $"must not exceed the cap of {cap}", ErrorCodes.Conflict);
        }

        return errors.ToResult<LatePaymentRule>(() => new ContractualRule(terms));
    }

    /// <summary>
    /// France, between businesses, at the rate the contract sets (C. com. L441-10): never below 3 × the legal interest
    /// rate ("other cases") of each half-year — where it is, the floor applies and the breakdown says so; €40 fixed
    /// compensation per late invoice. The floor checks contractual rates only: the default rate (ECB + 10 points,
    /// <see cref="FranceBusiness"/>) sat below it throughout 2024 and still applied.
    /// </summary>
    /// <param name="contractualRate">The rate the contract sets, from 0 to <see cref="PenaltyLimits.MaxRatePercent"/>.</param>
    /// <param name="legalRate">The legal-rate series for "other cases"; <see cref="ReferenceRates.FrenchLegalRateOtherCases"/> when null.</param>
    /// <returns>The rule, or an invalid result when the rate is out of range.</returns>
    public static Result<LatePaymentRule> FranceBusinessContractualRate(AnnualRate contractualRate, ReferenceRateSeries? legalRate = null)
    {
        var errors = new ValidationErrors();
        if (contractualRate < AnnualRate.Zero || contractualRate > MaxRate)
        {
            errors.Add(nameof(contractualRate), contractualRate, $"must be between 0 and {PenaltyLimits.MaxRatePercent} % a year", ErrorCodes.OutOfRange);
        }

        return errors.ToResult<LatePaymentRule>(() => new FranceContractualRule(contractualRate, legalRate ?? ReferenceRates.FrenchLegalRateOtherCases));
    }

    /// <summary>Returns the fixed compensation for recovery costs owed for one late invoice or instalment.</summary>
    /// <param name="amount">The amount that was late.</param>
    /// <param name="kind">The debtor's kind.</param>
    /// <returns>The compensation; zero when the rule gives none for this debtor.</returns>
    public abstract Money FixedCompensation(Money amount, DebtorKind kind);

    /// <summary>Returns why the rule cannot be applied to this debtor, or null when it can.</summary>
    internal abstract string? Refuses(DebtorKind kind, Currency currency);

    /// <summary>How the year is counted: Actual/365 Fixed for every statutory rule.</summary>
    internal virtual DayCount DayCount => DayCount.Actual365Fixed;

    /// <summary>
    /// Whether each full year's interest is added to the base (the Netherlands, BW 6:119(2), 6:119a(3)): the library
    /// computes simple interest, so such a rule is refused beyond the first year of default rather than understated.
    /// </summary>
    internal virtual bool CompoundsYearly => false;

    /// <summary>Days after the due date within which a payment bears no interest.</summary>
    internal virtual int GraceDays => 0;

    /// <summary>What the interest is charged on: the balance due for every statutory rule.</summary>
    internal virtual InterestMethod Method => InterestMethod.BalanceDue;

    /// <summary>Applies the rule's minimum or cap to the rounded interest, noting what it changed when notes are kept.</summary>
    internal virtual Money AdjustInterest(Money interest, List<PenaltyNote>? notes) => interest;

    /// <summary>
    /// The first day interest runs, as a day number (<paramref name="dueDay"/> is the due date's): by default the day after
    /// the due date, without any reminder.
    /// </summary>
    internal virtual int FirstDay(LateInvoice invoice, int dueDay) => dueDay + 1;

    /// <summary>Why the invoice lacks what the rule needs (a formal notice date…), or null.</summary>
    internal virtual string? Lacks(LateInvoice invoice) => null;

    /// <summary>
    /// The rate in force on <paramref name="day"/> of the overdue span that starts on <paramref name="firstDay"/> (both day
    /// numbers), and the last day it holds; a span marked missing when the rate data lacks it.
    /// </summary>
    internal abstract RateSpan RateFrom(LateInvoice invoice, int firstDay, int day, DebtorKind kind, bool carryForward);

    /// <summary>A remark on how the rule set a period's rate (a legal floor applied), or null.</summary>
    internal virtual PenaltyNote? NoteOn(RatePeriod period) => null;

    /// <summary>The half-year (from 1 January or 1 July) holding <paramref name="day"/>, and its last day.</summary>
    internal static (LocalDate Start, LocalDate End) HalfYearOf(LocalDate day)
    {
        var start = new LocalDate(day.Year, day.Month <= 6 ? 1 : 7, 1);
        return (start, day.Month <= 6 ? new LocalDate(day.Year, 6, 30) : new LocalDate(day.Year, 12, 31));
    }

    private static AnnualRate MaxRate => AnnualRate.FromPercent(PenaltyLimits.MaxRatePercent);

    private static void CheckAmount(string field, Money? amount, ValidationErrors errors)
    {
        if (amount is { } money && (money.IsNegative || !money.IsWholeMinorUnits))
        {
            errors.Add(field, money, "must be positive or zero, in whole minor units", ErrorCodes.OutOfRange);
        }
    }

    /// <summary>The span up to <paramref name="to"/> at the rate of <paramref name="series"/> on <paramref name="referenceDate"/> plus <paramref name="margin"/>.</summary>
    internal static RateSpan Read(ReferenceRateSeries series, LocalDate referenceDate, int to, AnnualRate margin, bool carryForward, string frenchName)
        => series.Knows(referenceDate, carryForward)
            ? new RateSpan(to, series.KnownRateOn(referenceDate), margin, referenceDate, series.Name, frenchName)
            : new RateSpan(to, AnnualRate.Zero, margin, referenceDate, series.Name, frenchName, missingIn: series);
}
