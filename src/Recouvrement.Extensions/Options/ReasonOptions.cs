namespace Recouvrement.Extensions;

/// <summary>The classifier's thresholds in configuration; see <see cref="Reasons.ReasonClassifierOptions"/>.</summary>
public sealed class ReasonOptions
{
    // The kernel's options, whose defaults these are: written once, there.
    private static readonly Reasons.ReasonClassifierOptions Kernel = new();


    /// <summary>Gets or sets the days of signals the classifier looks back over (default 90).</summary>
    public int LookbackDays { get; set; } = Kernel.LookbackDays;

    /// <summary>Gets or sets the most days past due still read as a simple oversight (default 15).</summary>
    public int OversightMaxDaysPastDue { get; set; } = Kernel.OversightMaxDaysPastDue;

    /// <summary>Gets or sets the broken promises that mean refusal (default 2).</summary>
    public int BrokenPromisesForRefusal { get; set; } = Kernel.BrokenPromisesForRefusal;

    /// <summary>Gets or sets the insufficient-funds rejections that mean probable insolvency (default 3).</summary>
    public int InsufficientFundsForProbableInsolvency { get; set; } = Kernel.InsufficientFundsForProbableInsolvency;
}
