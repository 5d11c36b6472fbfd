namespace Recouvrement.Extensions;

/// <summary>The payment-plan terms in configuration; see <see cref="Plans.PlanPolicy"/>. Amounts are in the options' currency.</summary>
public sealed class PlanOptions
{
    // The kernel's policy, whose defaults these are: written once, there.
    private static readonly Plans.PlanPolicy Kernel = new();

    /// <summary>Gets or sets how often instalments fall: Weekly, Fortnightly, Monthly (default) or Quarterly.</summary>
    public string Frequency { get; set; } = Kernel.Frequency.Name;

    /// <summary>Gets or sets the longest a plan may run, in months, from 1 to <see cref="Plans.PlanLimits.MaxMonths"/> (default 24, C. civ. 1343-5).</summary>
    public int MaxMonths { get; set; } = Kernel.MaxMonths;

    /// <summary>Gets or sets the most instalments accepted; none when null.</summary>
    public int? MaxCount { get; set; }

    /// <summary>Gets or sets the smallest instalment accepted (default 30); none when null.</summary>
    public decimal? MinimumInstalment { get; set; } = 30m;

    /// <summary>Gets or sets the smallest instalment a proposal offers, as a percentage of the debt (default 5); the larger of the two applies.</summary>
    public decimal MinimumInstalmentPercent { get; set; } = Kernel.MinimumInstalmentPercent;

    /// <summary>Gets or sets what monthly instalments do after a short month: ReturnToAnchorDay (default: the 30th stays the
    /// 30th, the 31st falls on a short month's last day) or KeepShortenedDay.</summary>
    public string MonthEnd { get; set; } = Kernel.MonthEnd.ToString();

    /// <summary>Gets or sets how an instalment on a non-business day of the options' calendar moves: Following (default),
    /// ModifiedFollowing, Preceding or Unadjusted.</summary>
    public string Convention { get; set; } = Kernel.Convention.ToString();

    /// <summary>Gets or sets the annual interest rate of plans, in percent; interest-free when null.</summary>
    public decimal? InterestRatePercent { get; set; }

    /// <summary>Gets or sets how interest is spread: Annuity (default) or SimpleInterest.</summary>
    public string AmortizationMethod { get; set; } = "Annuity";

    /// <summary>Gets or sets the fee for setting up a plan, never asked of a consumer; none when null.</summary>
    public decimal? Fee { get; set; }

    /// <summary>Gets or sets the days after a due date before an unpaid instalment is late (default 5).</summary>
    public int GraceDays { get; set; } = Kernel.Tolerance.GraceDays;

    /// <summary>Gets or sets how many late instalments break a plan (default 2).</summary>
    public int LateInstalmentsToBreak { get; set; } = Kernel.Tolerance.LateInstalmentsToBreak;
}
