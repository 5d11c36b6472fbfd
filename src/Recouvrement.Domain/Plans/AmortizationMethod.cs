namespace Recouvrement.Plans;

/// <summary>How an interest-bearing plan spreads the interest over its instalments.</summary>
/// <remarks>
/// <para>Both charge each period's interest on the principal still outstanding, at the periodic rate (the annual rate
/// divided by <see cref="PlanFrequency.PeriodsPerYear"/>), rounded once per period to the minor unit, half away from
/// zero. They differ in how the principal is repaid. With a <see cref="PlanRequest.Capacity"/> every instalment is the
/// capacity, interest included, whichever the method.</para>
/// <para>Members are immutable and thread-safe.</para>
/// </remarks>
public sealed class AmortizationMethod : Vocabulary<AmortizationMethod>
{
    /// <summary>
    /// Constant instalments (<i>annuités constantes</i>): A = P·r / (1 − (1 + r)<sup>−n</sup>) rounded to the minor unit;
    /// the last instalment repays what is left exactly.
    /// </summary>
    public static readonly AmortizationMethod Annuity = new(nameof(Annuity), 1, "constant instalments (annuity)", "annuités constantes");

    /// <summary>
    /// Simple interest on the outstanding balance (<i>amortissement constant</i>): the principal is split as without
    /// interest (equal or stepped parts) and each instalment adds the period's interest, so instalments decrease.
    /// </summary>
    public static readonly AmortizationMethod SimpleInterest = new(nameof(SimpleInterest), 2, "simple interest on the outstanding balance", "intérêts simples sur le capital restant dû");

    private AmortizationMethod(string name, int value, string label, string frenchLabel)
        : base(name, value, label, frenchLabel)
    {
    }
}
